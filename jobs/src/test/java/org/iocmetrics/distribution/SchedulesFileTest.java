package org.iocmetrics.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iocmetrics.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedules file: what a valid one reads as, and one line naming schedule and field for each error. */
class SchedulesFileTest {
    static final Set<String> IOCS = Set.of("IOC-BOS", "IOC-NYC", "IOC-GUM");

    static final String VALID = """
            owner: ioc-program@example.gov
            from: "IOC Metrics <ioc-metrics@example.gov>"
            schedules:
              - id: national-quarterly
                cron: "0 6 5 1,4,7,10 *"
                time_zone: America/New_York
                period: previous-quarter
                reports: [national-pdf, national-xlsx, scorecard-pdf]
                catch_up: 3
                recipients:
                  - email: hq-oversight@example.gov
                    scope: NATIONAL
                  - email: boston-ioc@example.gov
                    scope: IOC-BOS
              - id: guam-weekly
                cron: "0 16 * * 5"
                time_zone: Pacific/Guam
                period: next-week
                reports: [scorecard-pdf]
                catch_up: 1
                recipients:
                  - email: guam-ioc@example.gov
                    scope: IOC-GUM
            """;

    @Test
    void aValidFileReadsAsItsSchedules() {
        Schedules schedules = SchedulesFile.parse(VALID, "schedules.yaml", IOCS);
        assertEquals("ioc-program@example.gov", schedules.owner());
        assertEquals("IOC Metrics <ioc-metrics@example.gov>", schedules.from());
        Schedule national = schedules.schedules().get(0);
        assertEquals("national-quarterly", national.id());
        assertEquals(ZoneId.of("America/New_York"), national.zone());
        assertEquals(PeriodRule.PREVIOUS_QUARTER, national.period());
        assertEquals(List.of(ReportKind.NATIONAL_PDF, ReportKind.NATIONAL_XLSX, ReportKind.SCORECARD_PDF), national.reports());
        assertEquals(3, national.catchUp());
        assertEquals(List.of(new Recipient("hq-oversight@example.gov", "NATIONAL"),
                new Recipient("boston-ioc@example.gov", "IOC-BOS")), national.recipients());
        assertEquals(PeriodRule.NEXT_WEEK, schedules.schedules().get(1).period());
    }

    @Test
    void theBundledSampleIsValidForTheSampleIocs() throws IOException {
        Path home = Path.of("").toAbsolutePath().getParent();
        Set<String> sampleIocs = Files.readAllLines(home.resolve("data-samples/reference/iocs.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        Schedules sample = SchedulesFile.read(home.resolve("data-samples/schedules.yaml"), sampleIocs);
        assertEquals(List.of("national-quarterly", "scorecards-monthly-east", "scorecards-monthly-guam", "san-juan-next-week"),
                sample.schedules().stream().map(Schedule::id).toList());
    }

    /** Each case replaces one line of the valid file; the error must name the schedule and the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key        | '    catch_up: 3'                 | '    catchup: 3'                | national-quarterly | catchup",
        "unknown recipient key | '        scope: IOC-BOS'      | '        scope: IOC-BOS\n        cc: x@example.gov' | national-quarterly | recipients[2].cc",
        "bad cron           | '    cron: \"0 16 * * 5\"'        | '    cron: \"0 16 * *\"'         | guam-weekly        | cron",
        "six-field cron     | '    cron: \"0 16 * * 5\"'        | '    cron: \"0 0 16 * * 5\"'     | guam-weekly        | cron",
        "cron never fires   | '    cron: \"0 16 * * 5\"'        | '    cron: \"0 0 30 2 *\"'     | guam-weekly        | cron",
        "unknown zone       | '    time_zone: Pacific/Guam'     | '    time_zone: Pacific/Gaum'   | guam-weekly        | time_zone",
        "unknown IOC        | '        scope: IOC-BOS'          | '        scope: IOC-XYZ'        | national-quarterly | recipients[2].scope",
        "malformed address  | '      - email: guam-ioc@example.gov' | '      - email: guam-ioc.example.gov' | guam-weekly | recipients[1].email",
        "duplicate id       | '  - id: guam-weekly'             | '  - id: national-quarterly'    | national-quarterly | id",
        "bad period         | '    period: next-week'           | '    period: next-month'        | guam-weekly        | period",
        "unknown report     | '    reports: [scorecard-pdf]'    | '    reports: [scorecard-xlsx]' | guam-weekly        | reports",
        "catch_up zero      | '    catch_up: 1'                 | '    catch_up: 0'               | guam-weekly        | catch_up",
        "missing field      | '    period: next-week'           | ''                             | guam-weekly        | period",
        "bad id             | '  - id: guam-weekly'             | '  - id: Guam Weekly'           | #2                 | id",
    })
    void everyErrorIsOneLineNamingScheduleAndField(String name, String line, String replacement, String schedule,
                                                     String field) {
        String yaml = VALID.replace(line + "\n", replacement.isEmpty() ? "" : replacement.replace("\\n", "\n") + "\n");
        assertTrue(!yaml.equals(VALID), "the case must change the file: " + name);
        UserError error = assertThrows(UserError.class, () -> SchedulesFile.parse(yaml, "schedules.yaml", IOCS));
        String message = error.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("schedules.yaml: schedule '" + schedule + "', field '" + field + "' "), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed owner | 'owner: ioc-program@example.gov' | 'owner: ioc program'     | owner",
        "unknown top key | 'owner: ioc-program@example.gov' | 'owner: ioc-program@example.gov\nreply_to: x@example.gov' | reply_to",
    })
    void fileWideErrorsNameTheField(String name, String line, String replacement, String field) {
        String yaml = VALID.replace(line + "\n", replacement.replace("\\n", "\n") + "\n");
        UserError error = assertThrows(UserError.class, () -> SchedulesFile.parse(yaml, "schedules.yaml", IOCS));
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
        assertTrue(error.getMessage().startsWith("schedules.yaml: field '" + field + "' "), error.getMessage());
    }

    @Test
    void notYamlIsOneLineWithItsLine() {
        UserError error = assertThrows(UserError.class,
                () -> SchedulesFile.parse(VALID.replace("catch_up: 3", "catch_up: [3"), "schedules.yaml", IOCS));
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
        assertTrue(error.getMessage().startsWith("schedules.yaml: not valid YAML at line "), error.getMessage());
    }
}
