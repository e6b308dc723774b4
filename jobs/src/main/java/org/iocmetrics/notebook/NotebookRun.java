package org.iocmetrics.notebook;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.iocmetrics.common.UserError;

/**
 * Executes notebooks headless with Jupyter's nbconvert, in place: each notebook is replaced by its
 * executed copy, outputs included, so the committed notebooks show tables and charts on a code host.
 * The kernel is this build's (a kernel.json written to a private folder put first on JUPYTER_PATH),
 * whatever the user installed.
 */
public final class NotebookRun {
    public static final String INSTALL_HINT = "apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient"
            + " jupyter-client python3-ipykernel";
    /** A cell may read a whole layer of the lake on a busy machine. */
    private static final int CELL_TIMEOUT_SECONDS = 1800;

    private NotebookRun() {}

    /** Executes every .ipynb of {@code folder} in name order with the lake and output folder given. */
    public static void executeAll(Path folder, String lakeUri, String outUri, PrintStream console) {
        List<Path> notebooks = notebooks(folder);
        if (notebooks.isEmpty()) {
            throw new UserError("no notebooks (*.ipynb) in " + folder);
        }
        requireJupyter();
        Path work = temporaryFolder();
        KernelSpec.writeInto(work.resolve("kernels"));
        for (Path notebook : notebooks) {
            Instant started = Instant.now();
            Path log = work.resolve(notebook.getFileName() + ".log");
            int status = nbconvert(notebook, work, lakeUri, outUri, log);
            if (status != 0) {
                throw new UserError("notebook " + folder.getFileName().resolve(notebook.getFileName()) + " failed: "
                        + failure(log) + " (the whole output is in " + log + ")");
            }
            console.printf(Locale.ROOT, "notebooks: %s executed in %d s%n", notebook.getFileName(),
                    Duration.between(started, Instant.now()).toSeconds());
        }
        // kept only when a notebook failed: its log is named in the error
        FileUtils.deleteQuietly(work.toFile());
    }

    private static List<Path> notebooks(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UserError("cannot list the notebooks in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void requireJupyter() {
        String missing = "Jupyter's nbconvert is not installed (" + INSTALL_HINT + ")";
        try {
            Process probe = new ProcessBuilder("jupyter", "nbconvert", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (probe.waitFor() != 0) {
                throw new UserError(missing);
            }
        } catch (IOException e) {
            throw new UserError(missing, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while looking for Jupyter", e);
        }
    }

    private static int nbconvert(Path notebook, Path work, String lakeUri, String outUri, Path log) {
        List<String> command = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--inplace", "--ExecutePreprocessor.kernel_name=" + NotebookKernel.NAME,
                "--ExecutePreprocessor.timeout=" + CELL_TIMEOUT_SECONDS, notebook.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        String jupyterPath = environment.get("JUPYTER_PATH");
        environment.put("JUPYTER_PATH", work + (jupyterPath == null || jupyterPath.isBlank() ? "" : ":" + jupyterPath));
        environment.put(Notebook.LAKE_VARIABLE, lakeUri);
        environment.put(Notebook.OUT_VARIABLE, outUri);
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start jupyter nbconvert", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while executing " + notebook, e);
        }
    }

    /** The error nbconvert reports for the failing cell ("CellError: …", the kernel's message), else its last line. */
    static String failure(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            return "see the log";
        }
        String prefix = NotebookKernel.CellError.class.getSimpleName() + ": ";
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return lines.get(i).substring(prefix.length());
            }
        }
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ioc-metrics-notebooks-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }
}
