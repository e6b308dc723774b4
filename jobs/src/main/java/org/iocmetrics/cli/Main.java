package org.iocmetrics.cli;

import java.io.PrintWriter;
import org.iocmetrics.common.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the launcher and of spark-submit: one sub-command per pipeline step. */
@Command(
        name = "ioc-metrics",
        mixinStandardHelpOptions = true,
        version = "ioc-metrics 0.1.0",
        description = "Interagency Operations Center metrics: ingest IOC extracts into a Delta lake,"
                + " compute period metrics and render the periodic reports.",
        subcommands = {PipelineCommand.class, IngestCommand.class, MetricsCommand.class, ReportCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit status; tests call this instead of main. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("ioc-metrics: " + ex.getMessage() + " (see " + ex.getCommandLine().getCommandName() + " --help)");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            Throwable userError = findUserError(ex);
            if (userError != null) {
                cmd.getErr().println("ioc-metrics: " + userError.getMessage());
                return 2;
            }
            throw ex;
        });
        return commandLine.execute(args);
    }

    private static Throwable findUserError(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserError) {
                return t;
            }
        }
        return null;
    }
}
