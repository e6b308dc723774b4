package org.iocmetrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.iocmetrics.cli.Main;

/**
 * The hand-made drop of test resources drops/e2e-2026q1 and one clean {@code pipeline} run of it for
 * 2026-Q1, made once per test JVM: a whole-pipeline run costs a minute, and several test classes
 * compare against the same one. Its lake and output folder are read-only for them; a test that writes
 * works on a {@link TestFolders#copyTree copy}. {@code out} is the run's --out: metrics.csv, reports/ and
 * run-manifest.json.
 */
public record EndToEndRun(Path lake, Path out) {
    public static final String PERIOD = "2026-Q1";

    /**
     * The drop's metrics.csv for 2026-Q1, worked out by hand.
     *
     * <p>The drop, in short (all times UTC unless said otherwise):
     * <ul>
     *   <li>IOC-NYC (America/New_York; 2026-Q1 = [01-01T05:00Z, 04-01T04:00Z), 2,159 h across the DST
     *       change), IOC-GUM (Pacific/Guam, 2,160 h, starting 2025-12-31T14:00Z), IOC-HNL (no data).
     *   <li>Arrivals in Q1: A1, A2, A3 (NYC; A3 at 23:30 local on 31 March), G1 (00:30 local on 1 January),
     *       G2 (GUM). Not in Q1: A4 (00:30 local on 1 April), G3 (23:59 local on 31 December). A2 is sent
     *       twice (CSV with -05:00, JSONL with Z): one exact duplicate. A5 has no offset: quarantined.
     *   <li>A1: screened 72 h ahead HIGH/BOARD (USCG) and EXAMINE unshared (CBP); boarded by USCG (two
     *       boardings, one effort) and examined by CBP with findings: duplicated, CBP's 4.5 h are the
     *       duplicate hours. A2: screened 2 h after arrival (lead -2), MONITOR; boarded jointly (J-1) by USCG
     *       and NYPD without findings. A3: HIGH/NO_ACTION 30 h ahead, never boarded; its escort was cancelled
     *       by a later version (JSONL) of O6.
     *   <li>G1: HIGH/BOARD 24 h ahead; boarded by USCG (3 h) and GPA (2 h) both at 15:00Z: the tie goes to
     *       the smaller effort key solo:GPA, so USCG's 3 h are duplicate hours. G2: BOARD 48 h ahead,
     *       unshared, never boarded.
     *   <li>NYC patrols: harbor area A on 5 January USCG 12-20, NYPD 14-16, CBP 15-17, CBP 20-21 (touching):
     *       3 h of overlap; area B and a shoreside patrol do not overlap with them; USCG repeating itself
     *       on 1 February and the joint J-2 on 2 February are not overlap; an aerial USCG patrol from 31
     *       March 22:00Z to 1 April 06:00Z is clipped at 04:00Z and overlaps CBP 02-03: 1 h. Covered hours
     *       9 + 6 + 2 + 6 = 23, uncovered 2,136.
     *   <li>GUM patrols: USCG 12-16Z on 31 December (started in Q4 local, clipped at 14:00Z) and GPA 15-17Z:
     *       1 h overlap, 3 h covered, 2,157 uncovered.
     *   <li>Quarantined: A5 (BAD_TIMESTAMP), S8 (unknown agency FBI), GO5 (orphan arrival G9).
     *   <li>v2: every executed patrol ran as planned, and P13 (USCG, PLANNED 6 January 00-08Z) adds 8 planned
     *       hours alone: planned uncovered 2,159 - 31 = 2,128 in NYC, planned overlap as executed (4 and 1).
     *       Only A1 has an IMO number and it was boarded once: 0 repeat boardings of 1. No roster: the active
     *       partner share is 0 / 0, empty.
     * </ul>
     */
    public static final String EXPECTED_METRICS = """
            metric_id,scope,ioc_id,period,period_start,period_end,value,numerator,denominator
            ACTIVE_PARTNER_SHARE,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,,0,0
            ACTIVE_PARTNER_SHARE,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,,0,0
            ACTIVE_PARTNER_SHARE,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,,0,0
            ACTIVE_PARTNER_SHARE,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,,0,0
            CANCELLED_OPERATIONS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,1,4
            CANCELLED_OPERATIONS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            CANCELLED_OPERATIONS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,19
            CANCELLED_OPERATIONS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,2,2,23
            DUPLICATE_BOARDINGS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,1,1
            DUPLICATE_BOARDINGS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            DUPLICATE_BOARDINGS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,2
            DUPLICATE_BOARDINGS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,2,2,3
            DUPLICATE_BOARDING_HOURS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,3,,
            DUPLICATE_BOARDING_HOURS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,,
            DUPLICATE_BOARDING_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,4.5,,
            DUPLICATE_BOARDING_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,7.5,,
            HIGH_RISK_NOT_BOARDED,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,0,0,1
            HIGH_RISK_NOT_BOARDED,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            HIGH_RISK_NOT_BOARDED,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,2
            HIGH_RISK_NOT_BOARDED,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,1,1,3
            JOINT_OPERATION_SHARE,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,0,0,3
            JOINT_OPERATION_SHARE,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,,0,0
            JOINT_OPERATION_SHARE,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,0.235294,4,17
            JOINT_OPERATION_SHARE,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,0.2,4,20
            OVERLAPPING_PATROL_HOURS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,,
            OVERLAPPING_PATROL_HOURS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,,
            OVERLAPPING_PATROL_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,4,,
            OVERLAPPING_PATROL_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,5,,
            PARTICIPATING_AGENCIES,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,2,,
            PARTICIPATING_AGENCIES,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,,
            PARTICIPATING_AGENCIES,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,3,,
            PARTICIPATING_AGENCIES,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,4,,
            PLANNED_OVERLAPPING_PATROL_HOURS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,,
            PLANNED_OVERLAPPING_PATROL_HOURS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,,
            PLANNED_OVERLAPPING_PATROL_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,4,,
            PLANNED_OVERLAPPING_PATROL_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,5,,
            PLANNED_UNCOVERED_HOURS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,2157,2157,2160
            PLANNED_UNCOVERED_HOURS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,2160,2160,2160
            PLANNED_UNCOVERED_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,2128,2128,2159
            PLANNED_UNCOVERED_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,6445,6445,6479
            REPEAT_BOARDINGS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,0,0,0
            REPEAT_BOARDINGS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            REPEAT_BOARDINGS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,0,0,1
            REPEAT_BOARDINGS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,0,0,1
            SCREENING_LEAD_HOURS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,36,,
            SCREENING_LEAD_HOURS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,,,
            SCREENING_LEAD_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,30,,
            SCREENING_LEAD_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,30,,
            TARGETED_NOT_BOARDED,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,1,2
            TARGETED_NOT_BOARDED,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            TARGETED_NOT_BOARDED,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,0,0,1
            TARGETED_NOT_BOARDED,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,1,1,3
            TARGETING_HIT_RATE,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,0,0,1
            TARGETING_HIT_RATE,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,,0,0
            TARGETING_HIT_RATE,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,1
            TARGETING_HIT_RATE,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,0.5,1,2
            UNCOVERED_PATROL_HOURS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,2157,2157,2160
            UNCOVERED_PATROL_HOURS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,2160,2160,2160
            UNCOVERED_PATROL_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,2136,2136,2159
            UNCOVERED_PATROL_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,6453,6453,6479
            UNPOSTED_OPERATIONS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,1,3
            UNPOSTED_OPERATIONS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            UNPOSTED_OPERATIONS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,2,2,17
            UNPOSTED_OPERATIONS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,3,3,20
            UNSCREENED_ARRIVALS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,0,0,2
            UNSCREENED_ARRIVALS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            UNSCREENED_ARRIVALS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,3
            UNSCREENED_ARRIVALS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,1,1,5
            UNSHARED_SCREENINGS,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,1,1,2
            UNSHARED_SCREENINGS,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,0,0,0
            UNSHARED_SCREENINGS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,4
            UNSHARED_SCREENINGS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,2,2,6
            UNTARGETED_HIT_RATE,IOC,IOC-GUM,2026-Q1,2026-01-01,2026-04-01,,0,0
            UNTARGETED_HIT_RATE,IOC,IOC-HNL,2026-Q1,2026-01-01,2026-04-01,,0,0
            UNTARGETED_HIT_RATE,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,0,0,1
            UNTARGETED_HIT_RATE,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,0,0,1
            """;

    private static EndToEndRun clean;

    /** The drop's folder in the test resources. */
    public static Path drop() {
        try {
            return Paths.get(EndToEndRun.class.getResource("/drops/e2e-2026q1").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clean run, made on first use in a folder removed when the JVM exits. */
    public static synchronized EndToEndRun clean() {
        if (clean == null) {
            SharedSpark.session();
            Path folder = createTempFolder();
            Path lake = folder.resolve("lake");
            Path out = folder.resolve("out");
            int status = Main.run("pipeline", "--input", drop().toString(), "--lake", lake.toString(),
                    "--period", PERIOD, "--out", out.toString());
            if (status != 0) {
                throw new IllegalStateException("the clean pipeline run of the end-to-end drop exited with " + status);
            }
            clean = new EndToEndRun(lake, out);
        }
        return clean;
    }

    private static Path createTempFolder() {
        try {
            Path folder = Files.createTempDirectory("ioc-e2e-run-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestFolders.deleteTree(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
