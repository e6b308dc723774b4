package org.iocmetrics.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.apache.spark.sql.Dataset;
import org.iocmetrics.common.UserError;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;
import org.jfree.chart.JFreeChart;

/**
 * The project's Jupyter kernel: cells are Java, run by JShell inside this JVM (the launcher's class
 * path and JVM options), the Jupyter messaging protocol is jjava-jupyter's. The last expression of a
 * cell is its result: a Spark Dataset shows as an HTML table, a JFreeChart as a PNG, anything else
 * as text. {@link Notebook#show} displays more than one result per cell.
 */
public final class NotebookKernel extends BaseKernel {
    /** The name Jupyter knows the kernel by (kernel.json's folder, the notebooks' kernelspec). */
    public static final String NAME = "ioc-metrics-java";
    /** Imports every cell sees, so a notebook starts with the lake and the catalogue at hand. */
    static final List<String> IMPORTS = List.of(
            "import static org.apache.spark.sql.functions.*",
            "import org.apache.spark.sql.*",
            "import java.sql.Timestamp",
            "import java.time.*",
            "import java.util.*",
            "import org.iocmetrics.notebook.*",
            "import org.iocmetrics.metrics.Metric",
            "import org.iocmetrics.metrics.Period",
            "import org.iocmetrics.common.LakeTable");

    private final JShell shell;
    private final CellValues values;

    private NotebookKernel(JShell shell, CellValues values, Renderer renderer) {
        super(NAME, "0.1.0",
                new LanguageInfo.Builder("Java").version(Runtime.version().toString())
                        .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java").codemirror("text/x-java")
                        .build(),
                List.of(), null, new JupyterIO(java.nio.charset.StandardCharsets.UTF_8), new CommManager(), renderer,
                // no magics: a cell is plain Java
                null, new MagicsRegistry(), false,
                new StringStyler.Builder().addPrimaryStyle(TextColor.BOLD_RESET_FG)
                        .addSecondaryStyle(TextColor.BOLD_RED_FG).addHighlightStyle(TextColor.BOLD_RESET_FG).build());
        this.shell = shell;
        this.values = values;
        renderer.createRegistration(Dataset.class).preferring(Tables.HTML).supporting(Tables.TEXT)
                .register((rows, context) -> {
                    context.renderIfRequested(Tables.HTML, () -> Tables.html(rows));
                    context.renderIfRequested(Tables.TEXT, () -> Tables.text(rows));
                });
        renderer.createRegistration(JFreeChart.class).preferring(Image.PNG).supporting(Tables.TEXT)
                .register((chart, context) -> {
                    Image.renderImage(Charts.image(chart), context);
                    context.renderIfRequested(Tables.TEXT, () -> chart.getTitle() == null ? "chart" : chart.getTitle().getText());
                });
    }

    /** A kernel whose JShell runs in this JVM on its class path, with the notebook imports declared. */
    public static NotebookKernel create() {
        CellValues values = new CellValues();
        JShell shell = JShell.builder().executionEngine(values, Map.of()).build();
        shell.addToClasspath(System.getProperty("java.class.path"));
        NotebookKernel kernel = new NotebookKernel(shell, values, new Renderer());
        IMPORTS.forEach(kernel::evalRaw);
        return kernel;
    }

    /** Started by Jupyter with the connection file it wrote (kernel.json's argv). */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: NotebookKernel CONNECTION_FILE (Jupyter starts the kernel; see `ioc-metrics notebooks install-kernel`)");
            System.exit(2);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        NotebookKernel kernel = create();
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        // Spark's threads are not daemons: the kernel ends when Jupyter shuts it down, whatever runs.
        System.exit(0);
    }

    /** Displays a value now, as a cell's result would be (several tables or charts in one cell). */
    void displayNow(Object value) {
        display(value instanceof DisplayData data ? data : getRenderer().render(value));
    }

    @Override
    public Object evalRaw(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Object result = null;
        String remaining = code;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw new CellError("incomplete Java at the end of the cell: " + remaining.strip());
            }
            remaining = info.remaining();
            result = evalSnippet(info.source());
        }
        return result;
    }

    /** Evaluates one snippet; returns its value when it is an expression, null otherwise. */
    private Object evalSnippet(String source) {
        Object result = null;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            Object value = values.take(event.value());
            if (event.exception() != null) {
                throw failure(event.exception());
            }
            switch (event.status()) {
                case REJECTED -> throw new CellError(diagnostics(snippet));
                case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> throw new CellError(
                        "cannot resolve " + String.join(", ", shell.unresolvedDependencies((DeclarationSnippet) snippet).toList())
                                + " in: " + snippet.source().strip());
                default -> { }
            }
            if (snippet.kind() == Snippet.Kind.EXPRESSION || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                result = value;
            }
        }
        return result;
    }

    private String diagnostics(Snippet snippet) {
        return shell.diagnostics(snippet).filter(Diag::isError)
                .map(diag -> diag.getMessage(Locale.ROOT) + " in: " + snippet.source().strip())
                .collect(Collectors.joining("; "));
    }

    /**
     * The cell's exception as the user's code threw it: its class and message (the message alone for a
     * {@link UserError}, which is written for the reader), its stack trace as the cause.
     */
    private static CellError failure(JShellException exception) {
        if (!(exception instanceof EvalException thrown)) {
            return new CellError("unresolved reference: " + exception.getMessage(), exception);
        }
        String className = thrown.getExceptionClassName();
        String name = className.substring(className.lastIndexOf('.') + 1);
        return new CellError(className.equals(UserError.class.getName()) ? thrown.getMessage() : name + ": " + thrown.getMessage(),
                exception);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<String> documentation = new ArrayList<>();
        shell.sourceCodeAnalysis().documentation(code, at, extraDetail)
                .forEach(doc -> documentation.add(doc.signature() + (doc.javadoc() == null ? "" : "\n" + doc.javadoc())));
        return documentation.isEmpty() ? null : new DisplayData(String.join("\n\n", documentation));
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> suggestions = shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        return new ReplacementOptions(suggestions, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        Completeness completeness = shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
        if (completeness.isComplete()) {
            return IS_COMPLETE_YES;
        }
        return completeness == Completeness.DEFINITELY_INCOMPLETE ? "    " : IS_COMPLETE_MAYBE;
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        shell.close();
        super.onShutdown(isRestarting);
    }

    /** A cell that did not compile or threw: Jupyter shows the message, nbconvert stops on it. */
    static final class CellError extends RuntimeException {
        CellError(String message) {
            super(message);
        }

        CellError(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
