package org.iocmetrics.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.UserError;
import org.iocmetrics.notebook.KernelSpec;
import org.iocmetrics.notebook.NotebookKernel;
import org.iocmetrics.notebook.NotebookRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code notebooks}: the Java notebooks of notebooks/ in Jupyter, interactively or headless. */
@Command(
        name = "notebooks",
        mixinStandardHelpOptions = true,
        description = "Java notebooks on the lake: register the project's Jupyter kernel, or execute every notebook"
                + " of notebooks/ headless (Jupyter from Debian: " + NotebookRun.INSTALL_HINT + ").",
        subcommands = {NotebooksCommand.InstallKernel.class, NotebooksCommand.Run.class})
public final class NotebooksCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "notebooks needs a sub-command: install-kernel or run");
    }

    @Command(name = "install-kernel", mixinStandardHelpOptions = true,
            description = "Write the kernel's kernel.json under the user's Jupyter data folder ($JUPYTER_DATA_DIR,"
                    + " default ~/.local/share/jupyter/kernels/" + NotebookKernel.NAME + "); it starts Java with this"
                    + " build's class path and JVM options.")
    static final class InstallKernel implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.println("notebooks: kernel '" + NotebookKernel.NAME + "' written to "
                    + KernelSpec.writeInto(KernelSpec.userKernels(System.getenv()))
                    + "; start Jupyter with `jupyter notebook notebooks/`");
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Execute every notebook of notebooks/ with `jupyter nbconvert --execute`, in place (the"
                    + " executed copies with their outputs replace them), on the lake and metrics.csv of a pipeline"
                    + " run, two notebooks at a time. A notebook stops at its first failing cell; the command"
                    + " then fails once the notebooks started have ended.")
    static final class Run implements Callable<Integer> {
        @Mixin
        LakeOptions.LakeLocation lakeOption;

        @Mixin
        LakeOptions.Out outOption;

        @Override
        public Integer call() {
            Configuration hadoop = new Configuration();
            Location lake = Location.of(hadoop, lakeOption.lake, "the lake");
            Location out = Location.of(hadoop, outOption.out, "the output folder");
            try {
                if (!lake.fileSystem().exists(lake.path())) {
                    throw new UserError("no lake at " + lake + ": run ./ioc-metrics pipeline first, or pass --lake");
                }
            } catch (IOException e) {
                throw new UserError("cannot read the lake at " + lake + ": " + e.getMessage(), e);
            }
            NotebookRun.executeAll(Defaults.projectHome().resolve("notebooks"), lake.uri(), out.uri(), System.out);
            return 0;
        }
    }
}
