package org.iocmetrics.notebook;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine, keeping each snippet's value as the object itself: JShell
 * hands the kernel only a string per value, and a notebook renders the object (a table as HTML, a
 * chart as PNG). Snippets run in the kernel's JVM, so they share its class path, its JVM options and
 * one SparkSession.
 */
final class CellValues implements ExecutionControlProvider {
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();

    @Override
    public String name() {
        return "ioc-metrics-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new LocalExecutionControl() {
            /** Runs on the kernel's thread (Spark jobs, System.out redirected to the notebook) and keeps the value. */
            @Override
            protected String invoke(Method doit) throws Exception {
                Object value = doit.invoke(null);
                String key = "value-" + keys.incrementAndGet();
                if (value != null) {
                    values.put(key, value);
                }
                return key;
            }
        };
    }

    /** The object behind a key JShell reported as a snippet's value, removed from the store; null for none. */
    Object take(String key) {
        return key == null ? null : values.remove(key);
    }
}
