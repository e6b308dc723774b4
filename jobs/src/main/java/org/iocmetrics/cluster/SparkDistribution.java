package org.iocmetrics.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.iocmetrics.common.UserError;

/**
 * What a machine of a Spark cluster has, built from this project's Maven build instead of a Spark
 * download (none is reachable here): Spark's jars (every jar of the build's class path that the
 * spark-submit jar does not carry), the JVM options Spark needs on Java 17, and the spark-submit jar
 * itself. {@link #sparkHome(Path)} lays the jars out as a Spark home, whose {@code jars/} folder is
 * what a standalone worker puts on its executors' class path.
 */
public record SparkDistribution(List<Path> sparkJars, List<String> jvmOptions, Path applicationJar) {
    static final String APPLICATION_JAR = "ioc-metrics-jobs-cluster.jar";

    /** The distribution of the build under {@code projectHome} (the launcher's files in jobs/target/). */
    public static SparkDistribution ofBuild(Path projectHome) {
        Path target = projectHome.resolve("jobs").resolve("target");
        Path launcher = target.resolve("launcher");
        Path applicationJar = target.resolve(APPLICATION_JAR);
        for (Path needed : List.of(applicationJar, launcher.resolve("classpath.txt"),
                launcher.resolve("classpath-provided.txt"), launcher.resolve("jvm-options.txt"))) {
            if (!Files.isRegularFile(needed)) {
                throw new UserError("no " + projectHome.relativize(needed) + ": build it with `mvn -DskipTests package`"
                        + " in " + projectHome + " (the launcher does this for cluster-smoke)");
            }
        }
        Set<String> applicationEntries = entriesOf(applicationJar);
        List<Path> sparkJars = new ArrayList<>(classPath(launcher.resolve("classpath-provided.txt")));
        for (Path jar : classPath(launcher.resolve("classpath.txt"))) {
            if (!bundled(applicationEntries, jar)) {
                sparkJars.add(jar);
            }
        }
        List<String> jvmOptions = Arrays.asList(read(launcher.resolve("jvm-options.txt")).trim().split("\\s+"));
        return new SparkDistribution(List.copyOf(sparkJars), List.copyOf(jvmOptions), applicationJar);
    }

    /** The command line of a Spark process (master, worker, spark-submit): this JVM's java, Spark's options and jars. */
    List<String> javaCommand(List<String> jvmSettings, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(jvmSettings);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, sparkJars.stream().map(Path::toString).toList()));
        command.add(mainClass);
        return command;
    }

    /** Lays out {@code dir} as a Spark home: {@code jars/} links to each of Spark's jars. */
    public Path sparkHome(Path dir) {
        Path jars = dir.resolve("jars");
        try {
            Files.createDirectories(jars);
            for (Path jar : sparkJars) {
                Path link = jars.resolve(jar.getFileName());
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, jar.toAbsolutePath());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out a Spark home in " + dir, e);
        }
        return dir;
    }

    /** Every file name inside the spark-submit jar. */
    private static Set<String> entriesOf(Path applicationJar) {
        try (JarFile jar = new JarFile(applicationJar.toFile())) {
            return jar.stream().map(JarEntry::getName).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + applicationJar, e);
        }
    }

    /**
     * Whether the spark-submit jar carries a jar of the class path, told by content: the jar's first
     * class is inside it. (Not every artifact leaves a Maven descriptor to go by: Delta is built with sbt.)
     */
    private static boolean bundled(Set<String> applicationEntries, Path jar) {
        try (JarFile library = new JarFile(jar.toFile())) {
            return library.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                    .filter(name -> !name.equals("module-info.class") && !name.startsWith("META-INF/"))
                    .findFirst().map(applicationEntries::contains).orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static List<Path> classPath(Path file) {
        return Arrays.stream(read(file).trim().split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
