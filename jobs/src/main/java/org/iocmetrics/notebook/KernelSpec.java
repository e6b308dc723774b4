package org.iocmetrics.notebook;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iocmetrics.common.OutputFiles;

/**
 * The kernel's kernel.json: Jupyter starts the kernel with this JVM's own command, its JVM options and
 * class path (the launcher's), so cells see exactly what the commands see.
 */
public final class KernelSpec {
    static final String FILE_NAME = "kernel.json";

    private KernelSpec() {}

    /** The user's Jupyter kernels folder: $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter. */
    public static Path userKernels(Map<String, String> environment) {
        String dataDir = environment.get("JUPYTER_DATA_DIR");
        if (dataDir == null || dataDir.isBlank()) {
            String xdg = environment.get("XDG_DATA_HOME");
            Path share = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share") : Path.of(xdg);
            dataDir = share.resolve("jupyter").toString();
        }
        return Path.of(dataDir).resolve("kernels");
    }

    /** Writes KERNELS/ioc-metrics-java/kernel.json and returns its path. */
    public static Path writeInto(Path kernels) {
        Path file = kernels.resolve(NotebookKernel.NAME).resolve(FILE_NAME);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec()) + "\n";
        return OutputFiles.writeWhole(file, staged -> {
            try {
                Files.writeString(staged, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + staged, e);
            }
        });
    }

    static Map<String, Object> spec() {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        argv.add("-cp");
        argv.add(System.getProperty("java.class.path"));
        argv.add(NotebookKernel.class.getName());
        argv.add("{connection_file}");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", "Java (IOC Metrics)");
        spec.put("language", "java");
        // A signal would end the JVM; the kernel takes an interrupt as a message and lets the cell finish.
        spec.put("interrupt_mode", "message");
        // as the launcher sets it: Spark binds to loopback on one machine
        spec.put("env", Map.of("SPARK_LOCAL_IP", Objects.requireNonNullElse(System.getenv("SPARK_LOCAL_IP"), "127.0.0.1")));
        return spec;
    }
}
