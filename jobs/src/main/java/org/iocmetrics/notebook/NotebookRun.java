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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /**
     * Kernels running at once. Much of a notebook's minute is its kernel's JVM and Spark starting, one
     * thread at a time: on 2 cores, the four notebooks took 143 s two at a time against 210 s one after
     * another (session 16). Each kernel is a JVM with a heap of its own, so not one per core.
     */
    private static final int AT_ONCE = 2;
    /** The status of a notebook left out because another had failed (nbconvert's own are 0 and above). */
    private static final int NOT_STARTED = -1;

    private NotebookRun() {}

    /**
     * Executes every .ipynb of {@code folder} with the lake and output folder given, {@link #AT_ONCE} at a
     * time. After a failure no further notebook is started; it is reported once those already running
     * have ended (no kernel is left behind), the first failing one in name order.
     */
    public static void executeAll(Path folder, String lakeUri, String outUri, PrintStream console) {
        List<Path> notebooks = notebooks(folder);
        if (notebooks.isEmpty()) {
            throw new UserError("no notebooks (*.ipynb) in " + folder);
        }
        requireJupyter();
        Path work = temporaryFolder();
        KernelSpec.writeInto(work.resolve("kernels"));
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService kernels = Executors.newFixedThreadPool(Math.min(AT_ONCE, notebooks.size()));
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (Path notebook : notebooks) {
                statuses.add(kernels.submit(() -> failed.get() ? NOT_STARTED : execute(notebook, work, lakeUri, outUri,
                        failed, console)));
            }
            List<Integer> ended = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                ended.add(status.get());
            }
            for (int i = 0; i < notebooks.size(); i++) {
                if (ended.get(i) != 0 && ended.get(i) != NOT_STARTED) {
                    Path notebook = notebooks.get(i);
                    Path log = logOf(notebook, work);
                    throw new UserError("notebook " + folder.getFileName().resolve(notebook.getFileName()) + " failed: "
                            + failure(log) + " (the whole output is in " + log + ")");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while executing the notebooks", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            kernels.shutdown();
        }
        // kept only when a notebook failed: its log is named in the error
        FileUtils.deleteQuietly(work.toFile());
    }

    /** One notebook through nbconvert, its output in its log; returns nbconvert's exit status. */
    private static int execute(Path notebook, Path work, String lakeUri, String outUri, AtomicBoolean failed,
            PrintStream console) {
        Instant started = Instant.now();
        int status = nbconvert(notebook, work, lakeUri, outUri, logOf(notebook, work));
        if (status == 0) {
            console.printf(Locale.ROOT, "notebooks: %s executed in %d s%n", notebook.getFileName(),
                    Duration.between(started, Instant.now()).toSeconds());
        } else {
            failed.set(true);
        }
        return status;
    }

    private static Path logOf(Path notebook, Path work) {
        return work.resolve(notebook.getFileName() + ".log");
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
