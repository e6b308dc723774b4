package org.iocmetrics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kernel.json: where install-kernel writes it, and the command Jupyter starts from it. */
class KernelSpecTest {

    @Test
    void theKernelGoesUnderJupyterDataDirWhenSetElseUnderTheUsersShare(@TempDir Path dir) {
        assertEquals(dir.resolve("kernels"), KernelSpec.userKernels(Map.of("JUPYTER_DATA_DIR", dir.toString())));
        assertEquals(dir.resolve("jupyter").resolve("kernels"), KernelSpec.userKernels(Map.of("XDG_DATA_HOME", dir.toString())));
        assertEquals(Path.of(System.getProperty("user.home"), ".local", "share", "jupyter", "kernels"), KernelSpec.userKernels(Map.of()));
    }

    @Test
    void kernelJsonStartsThisJvmsClassPathAndOptionsWithTheConnectionFile(@TempDir Path dir) throws IOException {
        Path written = KernelSpec.writeInto(dir.resolve("kernels"));

        assertEquals(dir.resolve("kernels").resolve(NotebookKernel.NAME).resolve("kernel.json"), written);
        JsonObject spec = new Gson().fromJson(Files.readString(written), JsonObject.class);
        List<String> argv = spec.getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        int classPath = argv.indexOf("-cp") + 1;
        assertTrue(classPath > 0, argv.toString());
        assertEquals(System.getProperty("java.class.path"), argv.get(classPath));
        assertTrue(argv.containsAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()), argv.toString());
        assertEquals(List.of(NotebookKernel.class.getName(), "{connection_file}"), argv.subList(classPath + 1, argv.size()));
        assertEquals("java", spec.get("language").getAsString());
    }
}
