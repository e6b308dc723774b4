package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.iocmetrics.common.CsvLine;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;
import org.iocmetrics.generate.DropChecker.CheckedRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 6);
    /** Spans a month end and the US daylight-saving change of 2026-03-08. */
    private static final LocalDate TO = LocalDate.of(2026, 3, 9);
    private static ReferenceData reference;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadReference() {
        reference = ReferenceData.load();
    }

    private Path generate(String name, long seed, boolean noise, LocalDate from, LocalDate to) {
        Path out = temp.resolve(name);
        new Generator(reference).run(new Generator.Options(out, from, to, 0.5, seed, noise),
                new PrintStream(new ByteArrayOutputStream()));
        return out;
    }

    private static Map<Path, byte[]> files(Path drop) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(drop)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(drop.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Map<Path, byte[]> first = files(generate("a", 42, true, FROM, TO));
        Map<Path, byte[]> second = files(generate("b", 42, true, FROM, TO));
        Map<Path, byte[]> other = files(generate("c", 43, true, FROM, TO));
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.keySet().contains(Path.of("arrivals", "arrivals-2026-03.csv.gz")), first.keySet().toString());
        first.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(file)), file + " differs"));
        Path arrivals = Path.of("arrivals", "arrivals-2026-03.csv.gz");
        assertFalse(java.util.Arrays.equals(first.get(arrivals), other.get(arrivals)));
    }

    @Test
    void everyRowConformsToTheContractAndTheModel() throws IOException {
        DropChecker drop = new DropChecker(generate("clean", 7, false, FROM, TO));
        for (Source source : DropChecker.GENERATED) {
            List<CheckedRow> rows = drop.rows.get(source);
            assertFalse(rows.isEmpty(), source + " has no rows");
            rows.forEach(r -> assertEquals(List.of(), r.reasons(), r.line()));
            assertEquals(0L, drop.duplicates.get(source));
            assertEquals(0L, drop.lateVersions.get(source));
            assertEquals(Set.of(), drop.rows.get(source).stream().filter(r -> r.file().contains("resent"))
                    .map(CheckedRow::file).collect(java.util.stream.Collectors.toSet()));
        }
        for (CheckedRow a : drop.rows.get(Source.ARRIVALS)) {
            Instant last = a.instant(DEPARTED_AT) != null ? a.instant(DEPARTED_AT) : a.instant(ARRIVED_AT);
            assertFalse(a.instant(UPDATED_AT).isBefore(last), a.line());
        }
        for (CheckedRow s : drop.rows.get(Source.SCREENINGS)) {
            assertFalse(s.instant(UPDATED_AT).isBefore(s.instant(SCREENED_AT)), s.line());
        }
        for (CheckedRow o : drop.rows.get(Source.OPERATIONS)) {
            if (o.instant(ACTUAL_END) != null) {
                assertFalse(o.instant(UPDATED_AT).isBefore(o.instant(ACTUAL_END)), o.line());
            }
        }
        // timestamps mix UTC and local offsets
        List<String> arrived = drop.rows.get(Source.ARRIVALS).stream().map(r -> r.values().get(ARRIVED_AT)).toList();
        assertTrue(arrived.stream().anyMatch(t -> t.endsWith("Z")));
        assertTrue(arrived.stream().anyMatch(t -> t.endsWith("-05:00") || t.endsWith("-04:00")));
    }

    @Test
    void everyImoHasItsCheckDigitAndEveryMmsiTheMidOfItsFlag() throws IOException {
        Map<String, Set<String>> mids = new HashMap<>();
        String flags = new String(ReferenceData.bytes("flags.csv"), java.nio.charset.StandardCharsets.UTF_8);
        flags.lines().skip(1).map(CsvLine::parse).forEach(f -> mids.put(f.get(0), Set.of(f.get(1).split(" "))));
        DropChecker drop = new DropChecker(generate("ids", 5, false, FROM, TO));
        int imos = 0;
        for (CheckedRow a : drop.rows.get(Source.ARRIVALS)) {
            String imo = a.values().get(IMO_NUMBER);
            if (!imo.isEmpty()) {
                assertTrue(DropChecker.validImo(imo), imo);
                imos++;
            }
            String mmsi = a.values().get(MMSI);
            assertTrue(mmsi.matches("\\d{9}"), mmsi);
            assertTrue(mids.get(a.values().get(FLAG_STATE)).contains(mmsi.substring(0, 3)), a.line());
        }
        assertTrue(imos > 100, "too few IMO numbers: " + imos);
    }

    @Test
    void noiseManifestCountsWhatTheFilesHold() throws IOException {
        Path out = generate("noisy", 9, true, FROM, TO);
        DropChecker drop = new DropChecker(out);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve(Generator.NOISE_MANIFEST).toFile());
        for (Source source : DropChecker.GENERATED) {
            JsonNode counts = manifest.path("sources").path(source.tableName());
            assertEquals(drop.rows.get(source).size(), counts.path("rows_written").asLong(), source.toString());
            Map<ReasonCode, Long> expected = new HashMap<>();
            counts.path("quarantine").fields().forEachRemaining(e -> expected.put(ReasonCode.valueOf(e.getKey()), e.getValue().asLong()));
            assertEquals(expected, drop.quarantined.get(source), source.toString());
            assertEquals(counts.path("exact_duplicates").asLong(), drop.duplicates.get(source), source.toString());
            assertEquals(counts.path("late_versions").asLong(), drop.lateVersions.get(source), source.toString());
            drop.rows.get(source).forEach(r -> assertTrue(r.reasons().size() <= 1 || isConflict(r), r.line()));
        }
        long kinds = Generator.EVENT_SOURCES.stream().mapToLong(s -> drop.quarantined.get(s).size()).sum();
        assertTrue(kinds >= 10, "a 4-day run should already show most kinds of noise, got " + kinds);
    }

    private static boolean isConflict(CheckedRow r) {
        return r.reasons().equals(List.of(ReasonCode.CONFLICTING_VERSION));
    }

    @Test
    void noiseOnlyAddsRowsToTheCleanDrop() throws IOException {
        DropChecker clean = new DropChecker(generate("clean", 3, false, FROM, TO));
        DropChecker noisy = new DropChecker(generate("noisy", 3, true, FROM, TO));
        for (Source source : DropChecker.GENERATED) {
            Set<String> noisyLines = new HashSet<>();
            noisy.rows.get(source).forEach(r -> noisyLines.add(r.line()));
            List<String> missing = new ArrayList<>();
            clean.rows.get(source).stream().map(CheckedRow::line).filter(l -> !noisyLines.contains(l)).forEach(missing::add);
            assertEquals(List.of(), missing, source.toString());
            assertTrue(noisy.rows.get(source).size() > clean.rows.get(source).size());
        }
    }
}
