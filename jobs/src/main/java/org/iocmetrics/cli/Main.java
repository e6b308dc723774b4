package org.iocmetrics.cli;

import java.io.PrintWriter;
import java.util.List;
import org.iocmetrics.common.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point of the launcher and of spark-submit: one sub-command per pipeline step. */
@Command(
        name = "ioc-metrics",
        mixinStandardHelpOptions = true,
        version = "ioc-metrics 0.1.0",
        description = "Interagency Operations Center metrics: ingest IOC extracts into a Delta lake,"
                + " compute period metrics and render the periodic reports.",
        subcommands = {PipelineCommand.class, IngestCommand.class, MetricsCommand.class, ReportCommand.class, DistributeCommand.class,
                GenerateCommand.class, ClusterSmokeCommand.class, NotebooksCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Exit status of a failure the user can fix: bad arguments, a malformed drop, a busy lake. */
    static final int USER_ERROR = 2;
    /** Exit status of a failure of the program itself. */
    static final int INTERNAL_ERROR = 1;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, print the full stack trace after the one-line reason.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit status; tests call this instead of main. */
    public static int run(String... args) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        String unknown = unknownCommand(commandLine, args);
        if (unknown != null) {
            commandLine.getErr().println("ioc-metrics: unknown command '" + unknown + "' (commands: "
                    + String.join(", ", commandLine.getSubcommands().keySet()) + ")");
            commandLine.getErr().flush();
            return USER_ERROR;
        }
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("ioc-metrics: " + ex.getMessage() + " (see " + ex.getCommandLine().getCommandName() + " --help)");
            return USER_ERROR;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            Throwable userError = findUserError(ex);
            if (userError != null) {
                err.println("ioc-metrics: " + userError.getMessage());
            } else {
                err.println("ioc-metrics: failed: " + firstLine(ex) + " (run again with --debug for the stack trace)");
            }
            if (main.debug || List.of(args).contains("--debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return userError != null ? USER_ERROR : INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    /** The first argument when it names no command (picocli would print the main help for `x --help`). */
    private static String unknownCommand(CommandLine commandLine, String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return null;
        }
        return commandLine.getSubcommands().containsKey(args[0]) ? null : args[0];
    }

    private static Throwable findUserError(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserError) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(Throwable ex) {
        String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
        return message.lines().findFirst().orElse(ex.getClass().getName());
    }
}
