package org.iocmetrics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one line `notebooks run` prints for a failing notebook, from nbconvert's output. */
class NotebookRunTest {

    @Test
    void theKernelsMessageOfTheFailingCellIsTheLine(@TempDir Path dir) throws IOException {
        // nbconvert 6.5's report of a cell error: the cell's source, the traceback, then "ename: evalue"
        Path log = Files.writeString(dir.resolve("x.log"), """
                [NbConvertApp] Converting notebook broken.ipynb to notebook
                Traceback (most recent call last):
                nbclient.exceptions.CellExecutionError: An error occurred while executing the following cell:
                ------------------
                Notebook.table("silver/nothing")
                ------------------

                org.iocmetrics.notebook.NotebookKernel.evalSnippet(NotebookKernel.java:145)
                org.dflib.jjava.jupyter.kernel.BaseKernel.eval(BaseKernel.java:226)
                CellError: no lake table is stored at silver/nothing

                """);

        assertEquals("no lake table is stored at silver/nothing", NotebookRun.failure(log));
    }

    @Test
    void withoutACellErrorTheLastLineIsShown(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("x.log"), "[NbConvertApp] Converting\nNo such kernel named ioc-metrics-java\n\n");

        assertEquals("No such kernel named ioc-metrics-java", NotebookRun.failure(log));
    }
}
