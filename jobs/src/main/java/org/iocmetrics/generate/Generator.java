package org.iocmetrics.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.iocmetrics.common.HeapPeak;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Source;

/**
 * Generates a synthetic input drop for every IOC over a date range, day by day, then the patrol plans
 * posted for the two weeks after it: a few IOC-days at a time are generated in parallel (each from its
 * own seeded stream) and written in IOC order, so memory holds only those IOC-days whatever the range,
 * and the same arguments always give the same bytes on any number of cores.
 */
public final class Generator {
    static final List<Source> EVENT_SOURCES = List.of(Source.ARRIVALS, Source.SCREENINGS, Source.OPERATIONS);
    public static final String NOISE_MANIFEST = "noise-manifest.json";
    /** IOC-days generated together and then written: enough to keep every core busy, few enough to hold. */
    private static final int IOCS_AT_ONCE = 2 * Runtime.getRuntime().availableProcessors();
    /** Days after --to whose posted patrol plans the extract carries (the look-ahead of the planning metrics). */
    static final int PLAN_AHEAD_DAYS = 14;

    /**
     * @param scale multiplies volumes; 1 = the annual arrivals of port-traffic.csv (about 67,000 a year nationally)
     */
    public record Options(Path out, LocalDate from, LocalDate to, double scale, long seed, boolean noise) {}

    /** What a run wrote, for the caller's summary line. */
    public record Summary(long rows, double seconds, long peakHeapBytes, long liveHeapBytes) {
        public double rowsPerSecond() {
            return rows / Math.max(seconds, 1e-9);
        }
    }

    private final ReferenceData reference;

    public Generator(ReferenceData reference) {
        this.reference = reference;
    }

    public Summary run(Options options, PrintStream progress) {
        check(options);
        long started = System.nanoTime();
        List<IocProfile> profiles = reference.iocs().stream()
                .map(ioc -> IocProfile.draw(Seeds.stream(options.seed(), ioc.index(), Seeds.PROFILE))).toList();
        VesselTraffic traffic = new VesselTraffic(reference, options.scale(), options.seed());
        PatrolSchedule patrols = new PatrolSchedule(reference);
        NoiseCounts total = new NoiseCounts();
        NoiseCounts month = new NoiseCounts();
        Roster roster = new Roster(reference, options.noise() ? Seeds.stream(options.seed(), Seeds.ROSTER_NOISE) : null);
        try (HeapPeak heap = new HeapPeak(); DropWriter writer = new DropWriter(options.out(), roster.text)) {
            LocalDate lastPlanned = options.to().plusDays(PLAN_AHEAD_DAYS);
            for (LocalDate date = options.from(); !date.isAfter(lastPlanned); date = date.plusDays(1)) {
                LocalDate day = date;
                boolean past = !day.isAfter(options.to());
                int iocs = reference.iocs().size();
                for (int first = 0; first < iocs; first += IOCS_AT_ONCE) {
                    List<DayRows> results = IntStream.range(first, Math.min(iocs, first + IOCS_AT_ONCE)).parallel()
                            .mapToObj(i -> past ? generate(options, profiles.get(i), traffic, patrols, i, day)
                                    : plan(options, profiles.get(i), patrols, i, day)).toList();
                    writer.write(YearMonth.from(day), joined(results, r -> r.text), joined(results, r -> r.resentText));
                    for (DayRows rows : results) {
                        month.add(rows.noise);
                    }
                }
                if (day.equals(options.to()) || day.equals(lastPlanned) || day.plusDays(1).getDayOfMonth() == 1) {
                    total.add(month);
                    progress.println(progressLine(YearMonth.from(day), month, total, started));
                    month = new NoiseCounts();
                }
            }
            writer.close();
            if (options.noise()) {
                writeManifest(options, total, roster);
            }
            long rows = EVENT_SOURCES.stream().mapToLong(total::rowsWritten).sum();
            return new Summary(rows, (System.nanoTime() - started) / 1e9, heap.bytes(), heap.liveBytes());
        }
    }

    private DayRows generate(Options options, IocProfile profile, VesselTraffic traffic, PatrolSchedule patrols,
                             int index, LocalDate date) {
        ReferenceData.Ioc ioc = reference.iocs().get(index);
        long epochDay = date.toEpochDay();
        DayRows rows = new DayRows();
        IocDay day = new IocDay(ioc, profile, date, asOf(options, ioc), Seeds.stream(options.seed(), index, epochDay, Seeds.TRAFFIC), rows);
        traffic.generate(day);
        patrols.generate(day.withStream(Seeds.stream(options.seed(), index, epochDay, Seeds.PATROLS)));
        if (options.noise()) {
            new Noise(ioc.zone(), Seeds.stream(options.seed(), index, epochDay, Seeds.NOISE)).inject(rows);
        }
        rows.render();
        return rows;
    }

    /** The extract's end in the IOC's zone: nothing after it has happened. */
    private static Instant asOf(Options options, ReferenceData.Ioc ioc) {
        return options.to().plusDays(1).atStartOfDay(ioc.zone()).toInstant();
    }

    /**
     * The patrol schedule of an IOC-day after the extract's end, as posted by then: its operations are all
     * still PLANNED (or already CANCELLED); nothing has arrived yet.
     */
    private DayRows plan(Options options, IocProfile profile, PatrolSchedule patrols, int index, LocalDate date) {
        ReferenceData.Ioc ioc = reference.iocs().get(index);
        DayRows rows = new DayRows();
        patrols.generate(new IocDay(ioc, profile, date, asOf(options, ioc),
                Seeds.stream(options.seed(), index, date.toEpochDay(), Seeds.PATROLS), rows));
        rows.render();
        return rows;
    }

    /** One source's text of the day: the IOCs' texts in IOC order. */
    private static Map<Source, String> joined(List<DayRows> days, Function<DayRows, Map<Source, String>> part) {
        Map<Source, String> text = new EnumMap<>(Source.class);
        for (Source source : EVENT_SOURCES) {
            StringBuilder all = new StringBuilder();
            days.forEach(d -> all.append(part.apply(d).get(source)));
            text.put(source, all.toString());
        }
        return text;
    }

    private static void check(Options options) {
        if (options.to().isBefore(options.from())) {
            throw new UserError("--to " + options.to() + " is before --from " + options.from());
        }
        if (!(options.scale() > 0)) {
            throw new UserError("--scale must be greater than 0, got " + options.scale());
        }
        Path out = options.out();
        if (Files.exists(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError("--out " + out + " is not empty: generate writes a whole drop into a new folder");
                }
            } catch (IOException e) {
                throw new UserError("--out " + out + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private static void writeManifest(Options options, NoiseCounts total, Roster roster) {
        Map<String, String> run = new LinkedHashMap<>();
        run.put("from", options.from().toString());
        run.put("to", options.to().toString());
        run.put("scale", String.valueOf(options.scale()));
        run.put("seed", String.valueOf(options.seed()));
        run.put("noise_rate_per_ioc_day", String.valueOf(Noise.RATE));
        try {
            Files.writeString(options.out().resolve(NOISE_MANIFEST), total.toJson(run, roster), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String progressLine(YearMonth month, NoiseCounts monthCounts, NoiseCounts total, long started) {
        long rows = EVENT_SOURCES.stream().mapToLong(total::rowsWritten).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT,
                "generate %s: arrivals %,d screenings %,d operations %,d; %,d rows so far, %,.0f rows/s",
                month, monthCounts.rowsWritten(Source.ARRIVALS), monthCounts.rowsWritten(Source.SCREENINGS),
                monthCounts.rowsWritten(Source.OPERATIONS), rows, rows / Math.max(seconds, 1e-9));
    }
}
