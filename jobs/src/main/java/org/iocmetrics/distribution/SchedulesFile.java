package org.iocmetrics.distribution;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.iocmetrics.common.UserError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates the schedules file (DISTRIBUTION.md). The first problem found ends the read with
 * one line naming the schedule and the field, so that nothing is sent from a file that is partly wrong.
 */
final class SchedulesFile {
    private static final Set<String> TOP_KEYS = Set.of("owner", "from", "schedules");
    private static final Set<String> SCHEDULE_KEYS =
            Set.of("id", "cron", "time_zone", "period", "reports", "catch_up", "recipients");
    private static final Set<String> RECIPIENT_KEYS = Set.of("email", "scope");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String file;

    private SchedulesFile(String file) {
        this.file = file;
    }

    /** Reads the file; {@code knownIocs} are the IOC ids a recipient's scope may name. */
    static Schedules read(Path path, Set<String> knownIocs) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read the schedules file " + path + ": " + e.getMessage(), e);
        }
        return parse(text, path.getFileName().toString(), knownIocs);
    }

    static Schedules parse(String yaml, String fileName, Set<String> knownIocs) {
        return new SchedulesFile(fileName).schedules(load(yaml, fileName), knownIocs);
    }

    private static Object load(String yaml, String fileName) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            throw new UserError(fileName + ": not valid YAML at line " + (e.getProblemMark().getLine() + 1) + ": "
                    + e.getProblem());
        } catch (YAMLException e) {
            throw new UserError(fileName + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private Schedules schedules(Object document, Set<String> knownIocs) {
        Map<?, ?> top = map(document, null, "(the whole file)");
        checkKeys(top, TOP_KEYS, null, "");
        String owner = address(top.get("owner"), null, "owner");
        String from = address(top.get("from"), null, "from");
        Object list = required(top, null, "schedules");
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            throw error(null, "schedules", "must be a list of at least one schedule");
        }
        List<Schedule> schedules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Schedule schedule = schedule(entries.get(i), i, knownIocs);
            if (!ids.add(schedule.id())) {
                throw error(schedule.id(), "id", "is used by two schedules");
            }
            schedules.add(schedule);
        }
        return new Schedules(owner, from, List.copyOf(schedules));
    }

    private Schedule schedule(Object entry, int index, Set<String> knownIocs) {
        String position = "#" + (index + 1);
        Map<?, ?> fields = map(entry, position, "(the schedule)");
        Object idValue = required(fields, position, "id");
        String id = idValue instanceof String text && ID.matcher(text).matches() ? text : null;
        if (id == null) {
            throw error(position, "id", "'" + idValue + "' must be lowercase letters, digits and '-'");
        }
        checkKeys(fields, SCHEDULE_KEYS, id, "");
        Cron cron = cron(text(fields, id, "cron"), id);
        ZoneId zone = zone(text(fields, id, "time_zone"), id);
        String periodKey = text(fields, id, "period");
        PeriodRule period = PeriodRule.of(periodKey).orElseThrow(() -> error(id, "period", "'" + periodKey
                + "' is not one of previous-week, previous-month, previous-quarter, previous-fiscal-year, next-week"));
        List<ReportKind> reports = reports(required(fields, id, "reports"), id);
        Object catchUp = required(fields, id, "catch_up");
        if (!(catchUp instanceof Integer count) || count < 1) {
            throw error(id, "catch_up", "'" + catchUp + "' must be a whole number of at least 1");
        }
        return new Schedule(id, cron, zone, period, reports, count, recipients(required(fields, id, "recipients"), id,
                knownIocs));
    }

    private Cron cron(String expression, String id) {
        try {
            Cron cron = CRON.parse(expression).validate();
            if (ExecutionTime.forCron(cron).nextExecution(ZonedDateTime.now(ZoneOffset.UTC)).isEmpty()) {
                throw error(id, "cron", "'" + expression + "' never fires (no such date)");
            }
            return cron;
        } catch (IllegalArgumentException e) {
            throw error(id, "cron", "'" + expression + "' is not a 5-field cron expression (minute hour"
                    + " day-of-month month day-of-week): " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private ZoneId zone(String name, String id) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw error(id, "time_zone", "'" + name + "' is not an IANA time zone (such as America/New_York)");
        }
    }

    private List<ReportKind> reports(Object value, String id) {
        if (!(value instanceof List<?> names) || names.isEmpty()) {
            throw error(id, "reports", "must be a list such as [national-pdf, national-xlsx, scorecard-pdf]");
        }
        List<ReportKind> reports = new ArrayList<>();
        for (Object name : names) {
            ReportKind kind = ReportKind.of(String.valueOf(name)).orElseThrow(() -> error(id, "reports",
                    "'" + name + "' is not one of national-pdf, national-xlsx, scorecard-pdf"));
            if (!reports.contains(kind)) {
                reports.add(kind);
            }
        }
        return List.copyOf(reports);
    }

    private List<Recipient> recipients(Object value, String id, Set<String> knownIocs) {
        if (!(value instanceof List<?> entries) || entries.isEmpty()) {
            throw error(id, "recipients", "must be a list of at least one recipient");
        }
        List<Recipient> recipients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "recipients[" + (i + 1) + "]";
            Map<?, ?> fields = map(entries.get(i), id, field);
            checkKeys(fields, RECIPIENT_KEYS, id, field + ".");
            String email = address(required(fields, id, field + ".email"), id, field + ".email");
            Object scopeValue = required(fields, id, field + ".scope");
            String scope = String.valueOf(scopeValue);
            if (!Recipient.NATIONAL.equals(scope) && !knownIocs.contains(scope)) {
                throw error(id, field + ".scope", "'" + scope + "' is neither NATIONAL nor an IOC of the lake's"
                        + " silver/iocs (such as " + knownIocs.stream().sorted().findFirst().orElse("IOC-BOS") + ")");
            }
            if (!seen.add(email.toLowerCase(java.util.Locale.ROOT))) {
                throw error(id, field + ".email", "'" + email + "' is listed twice in this schedule");
            }
            recipients.add(new Recipient(email, scope));
        }
        return List.copyOf(recipients);
    }

    /** A single address as RFC 822 writes it ("Name <a@b.gov>" or "a@b.gov"), checked strictly. */
    private String address(Object value, String schedule, String field) {
        if (value == null) {
            throw error(schedule, field, "is missing");
        }
        String text = String.valueOf(value).strip();
        try {
            InternetAddress parsed = new InternetAddress(text, true);
            parsed.validate();
            if (!parsed.getAddress().contains("@")) {
                throw new AddressException("no domain");
            }
            return text;
        } catch (AddressException e) {
            throw error(schedule, field, "'" + text + "' is not an e-mail address");
        }
    }

    private String text(Map<?, ?> fields, String schedule, String field) {
        Object value = required(fields, schedule, field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw error(schedule, field, "must be a text, not '" + value + "'");
        }
        return text.strip();
    }

    private Object required(Map<?, ?> fields, String schedule, String field) {
        Object value = fields.get(field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field);
        if (value == null) {
            throw error(schedule, field, "is missing");
        }
        return value;
    }

    private Map<?, ?> map(Object value, String schedule, String field) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw error(schedule, field, "must be a mapping of keys to values");
        }
        return fields;
    }

    private void checkKeys(Map<?, ?> fields, Set<String> allowed, String schedule, String prefix) {
        for (Object key : fields.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw error(schedule, prefix + key, "is not a known key (known: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private UserError error(String schedule, String field, String problem) {
        String where = schedule == null ? "" : "schedule '" + schedule + "', ";
        return new UserError(file + ": " + where + "field '" + field + "' " + problem);
    }
}
