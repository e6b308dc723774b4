package org.iocmetrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.iocmetrics.cli.Main;

/**
 * A command of the launcher run in a JVM of its own, as a user's shell would start it: the test's
 * class path and JVM options, output to a file. Faults are real: {@link #kill()} is SIGKILL.
 */
public final class ChildRun {
    private static final Duration LIMIT = Duration.ofMinutes(8);
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1",
            "-Dspark.sql.codegen.wholeStage=false", "-Dspark.sql.codegen.factoryMode=NO_CODEGEN");

    private final Process process;
    private final Path output;

    private ChildRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code ioc-metrics args…} in {@code workingDir}, its stdout and stderr going to {@code output}. */
    public static ChildRun start(Path workingDir, Path output, String... args) {
        return start(workingDir, output, Map.of(), args);
    }

    /** Starts {@code ioc-metrics args…} with {@code environment} added to this JVM's environment. */
    public static ChildRun start(Path workingDir, Path output, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("--add-opens") || option.startsWith("-D") || option.startsWith("-XX:")) {
                command.add(option);
            }
        }
        command.add("-Xmx1g");
        // Test drops are a few hundred rows: a child's CPU goes to compiling, not to rows. C1 alone and
        // Spark without code generation cut it by about a third; CI's own runs keep the defaults.
        command.addAll(QUICK_START);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ChildRun(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the command to end and returns its exit status (killing it past the limit). */
    public int exitStatus() {
        try {
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
                throw new IllegalStateException("the child run took longer than " + LIMIT + ": " + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the command with SIGKILL as soon as {@code reached} holds; false when the command ended
     * before that (the point was never seen while it ran).
     */
    public boolean killWhen(BooleanSupplier reached) {
        boolean seen = pollUntil(reached, process::isAlive);
        kill();
        return seen;
    }

    /**
     * Of runs started together, the first whose output contains {@code text}; the runs are killed and
     * the test fails when none says it before all of them end.
     */
    public static ChildRun firstToSay(String text, ChildRun... runs) {
        List<ChildRun> all = List.of(runs);
        BooleanSupplier said = () -> all.stream().anyMatch(run -> run.output().contains(text));
        // one look after the last run ends: its last line may land as it exits
        if (pollUntil(said, () -> all.stream().anyMatch(run -> run.process.isAlive())) || said.getAsBoolean()) {
            return all.stream().filter(run -> run.output().contains(text)).findFirst().orElseThrow();
        }
        all.forEach(ChildRun::kill);
        throw new AssertionError("no run said '" + text + "':\n"
                + String.join("\n---\n", all.stream().map(ChildRun::output).toList()));
    }

    /** True once {@code reached} holds; false when {@code worthWaiting} stops holding first, or past the limit. */
    private static boolean pollUntil(BooleanSupplier reached, BooleanSupplier worthWaiting) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (worthWaiting.getAsBoolean() && System.nanoTime() < deadline) {
            if (reached.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
