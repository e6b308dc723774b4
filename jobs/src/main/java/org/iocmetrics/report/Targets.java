package org.iocmetrics.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iocmetrics.common.UserError;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.report.MetricTable.Reading;
import org.iocmetrics.reports.MetricNumberFormat;
import org.iocmetrics.reports.MetricNumberFormat.Style;
import org.iocmetrics.reports.TargetStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The targets headquarters sets (a YAML file, data-samples/targets.yaml): per metric a national target and
 * optional per-IOC overrides, a direction and an optional amber band. A metric with a denominator is held
 * to its share (0.25 = 25% of the denominator); any other to its value. Without a file there are no
 * targets and the reports show no status.
 */
public final class Targets {
    public static final Targets NONE = new Targets(Map.of());

    /** Whether the measure must stay at most or reach at least the target. */
    enum Direction {
        AT_MOST, AT_LEAST;

        static Direction parse(String text) {
            for (Direction direction : values()) {
                if (direction.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return direction;
                }
            }
            return null;
        }
    }

    /** Where a measure stands against its target. */
    enum Status {
        MET("\u2713 met", TargetStatus.MET_COLOR),
        NEAR("\u25C6 near", TargetStatus.NEAR_COLOR),
        MISSED("\u2717 missed", TargetStatus.MISSED_COLOR);

        /** A symbol and a word, so that the status never rests on colour alone. */
        private final String label;
        private final String color;

        Status(String label, String color) {
            this.label = label;
            this.color = color;
        }
    }

    /** One metric's target: {@code amber} is how far past the target still counts as near (null: no band). */
    record Target(Direction direction, double national, Double amber, Map<String, Double> iocs) {
        double forScope(String iocId) {
            return iocId == null ? national : iocs.getOrDefault(iocId, national);
        }
    }


    private final Map<Metric, Target> targets;

    private Targets(Map<Metric, Target> targets) {
        this.targets = targets;
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }

    boolean has(Metric metric) {
        return targets.containsKey(metric);
    }

    /** The measure of a reading against its metric's target for that scope (iocId null: national); empty without either. */
    Optional<TargetStatus> judge(Reading reading, String iocId) {
        Metric metric = reading.metric();
        Target target = targets.get(metric);
        Double measure = measure(reading);
        if (target == null || measure == null) {
            return Optional.empty();
        }
        double goal = target.forScope(iocId);
        double past = target.direction() == Direction.AT_MOST ? measure - goal : goal - measure;
        double band = target.amber() == null ? 0 : target.amber();
        Status status = past <= 0 ? Status.MET : past <= band ? Status.NEAR : Status.MISSED;
        Style style = measureStyle(metric);
        return Optional.of(new TargetStatus(status.label, MetricNumberFormat.display(measure, style),
                MetricNumberFormat.displayDifference(measure - goal, style),
                (target.direction() == Direction.AT_MOST ? "\u2264 " : "\u2265 ") + MetricNumberFormat.display(goal, style),
                status.color));
    }

    /** What a target holds a reading to: its share of the denominator when the metric has one, else its value. */
    static Double measure(Reading reading) {
        return reading.metric().hasFraction() ? NationalReport.rate(reading) : reading.value();
    }

    private static Style measureStyle(Metric metric) {
        return metric.hasFraction() ? Style.PERCENT : Figures.style(metric);
    }

    /** Reads a targets file; anything wrong in it is one line naming the file, the metric and the field. */
    public static Targets read(Path file) {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UserError("targets file " + file + " cannot be read: " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new UserError("targets file " + file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        Map<?, ?> root = map(document, file, "the file", "a mapping with a 'targets' key");
        Map<?, ?> byMetric = map(root.get("targets"), file, "targets", "a mapping of metric ids");
        Map<Metric, Target> targets = new EnumMap<>(Metric.class);
        byMetric.forEach((key, value) -> {
            Metric metric = metric(String.valueOf(key), file);
            targets.put(metric, target(metric, map(value, file, metric.id(), "a mapping"), file));
        });
        return new Targets(targets);
    }

    private static Metric metric(String id, Path file) {
        for (Metric metric : Metric.values()) {
            if (metric.id().equals(id)) {
                return metric;
            }
        }
        throw new UserError("targets file " + file + ": unknown metric " + id + " (metric ids: METRICS.md)");
    }

    private static Target target(Metric metric, Map<?, ?> fields, Path file) {
        for (Object field : fields.keySet()) {
            if (!List.of("direction", "national", "amber", "iocs").contains(String.valueOf(field))) {
                throw fieldError(file, metric, String.valueOf(field), "is not a field (direction, national, amber, iocs)");
            }
        }
        Direction direction = fields.get("direction") instanceof String text ? Direction.parse(text) : null;
        if (direction == null) {
            throw fieldError(file, metric, "direction", "must be at_most or at_least");
        }
        double national = number(fields.get("national"), file, metric, "national", false);
        Double amber = fields.containsKey("amber") ? number(fields.get("amber"), file, metric, "amber", true) : null;
        Map<String, Double> iocs = new LinkedHashMap<>();
        if (fields.containsKey("iocs")) {
            map(fields.get("iocs"), file, metric.id() + ".iocs", "a mapping of IOC ids to targets")
                    .forEach((ioc, value) -> iocs.put(String.valueOf(ioc),
                            number(value, file, metric, "iocs." + ioc, false)));
        }
        return new Target(direction, national, amber, Map.copyOf(iocs));
    }

    /** A target or band: a number, and for a share one in [0, 1]; a band is never negative. */
    private static double number(Object value, Path file, Metric metric, String field, boolean band) {
        if (!(value instanceof Number number)) {
            throw fieldError(file, metric, field, "must be a number");
        }
        double d = number.doubleValue();
        if (metric.hasFraction() && (d < 0 || d > 1)) {
            throw fieldError(file, metric, field, "is a share of the denominator: a number from 0 to 1 (0.25 = 25%)");
        }
        if (band && d < 0) {
            throw fieldError(file, metric, field, "must not be negative");
        }
        return d;
    }

    private static Map<?, ?> map(Object value, Path file, String what, String expected) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new UserError("targets file " + file + ": " + what + " must be " + expected);
        }
        return map;
    }

    private static UserError fieldError(Path file, Metric metric, String field, String problem) {
        return new UserError("targets file " + file + ": " + metric.id() + "." + field + " " + problem);
    }
}
