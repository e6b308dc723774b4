package org.iocmetrics.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Fills the JasperReports templates of this module with report data and exports them. Templates are
 * compiled once per renderer and reused for every report it renders (the national report and dozens
 * of scorecards share one compilation, and so do all renderers of a JVM). The templates see every row as one field, {@code row}, holding
 * the data record, so their expressions are checked against the records when they compile.
 */
public final class ReportRenderer {
    static final String TEMPLATE_FOLDER = "org/iocmetrics/reports/";
    static final String SOURCE_SUFFIX = ".jrxml";
    /** Templates compiled at build time ({@link TemplateCompiler}). */
    static final String COMPILED_SUFFIX = ".jasper";
    /** The single field through which every template reads its data record. */
    static final String ROW_FIELD = "row";

    private static final String NATIONAL = "national";
    private static final String NATIONAL_SUMMARY = "national-summary";
    private static final String NATIONAL_TARGETS = "national-targets";
    private static final String NATIONAL_IOC_TABLE = "national-ioc-table";
    private static final String NATIONAL_IOC_SHEET = "national-ioc-sheet";
    private static final String NATIONAL_INGEST = "national-ingest";
    private static final String NATIONAL_AGENCIES = "national-agencies";
    private static final String NATIONAL_REASONS = "national-reasons";
    private static final String DEFINITIONS = "definitions";
    private static final String SCORECARD = "scorecard";
    private static final String SCORECARD_METRICS = "scorecard-metrics";
    private static final String SCORECARD_HEATMAP = "scorecard-heatmap";
    private static final String TREND_CHARTS = "trend-charts";
    private static final String ACTION_LIST = "action-list";
    private static final String LOOKAHEAD_IOCS = "lookahead-iocs";
    private static final String LOOKAHEAD_OVERLAPS = "lookahead-overlaps";

    /** Sheet names of the national workbook, in the order its sheets are filled. */
    static final List<String> WORKBOOK_SHEETS = List.of("Summary", "IOCs", "Ingest batches", "Quarantine reasons");

    /** The language every report is written in, as the PDF declares it to screen readers. */
    static final String LANGUAGE = "en-US";

    private final ReportOptions options;
    /** Compiled once per JVM: a compiled template is immutable and every renderer fills the same ones. */
    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    public ReportRenderer(ReportOptions options) {
        this.options = options;
    }

    public ReportOptions options() {
        return options;
    }

    /** The national IOC program report as one PDF. */
    public void renderNationalPdf(NationalReportData data, Path pdf) {
        Map<String, Object> parameters = markingParameters();
        parameters.put("DISTRIBUTION", options.distributionStatement());
        parameters.put("REPORT_ID", data.reportId());
        parameters.put("PERIOD_ID", data.periodId());
        parameters.put("PERIOD_DATES", data.periodDates());
        parameters.put("PREVIOUS_PERIOD_ID", data.previousPeriodId());
        parameters.put("YEAR_EARLIER_PERIOD_ID", data.yearEarlierPeriodId());
        parameters.put("GENERATED_AT", data.generatedAt());
        parameters.put("DATA_AS_OF", data.dataAsOf());
        parameters.put("TABLE_VERSIONS", lines(data.tableVersions().stream()
                .map(v -> v.table() + ": " + v.version()).toList(), "none read"));
        parameters.put("NO_DATA_SENTENCE", data.noDataSentence());
        parameters.put("CALLOUTS", lines(data.callouts().stream().map(c -> "\u2022 " + c).toList(), data.noCalloutsReason()));
        parameters.put("KEY_METRIC_NAMES", data.keyMetricNames());
        parameters.put("SUMMARY_ROWS", rows(data.summary()));
        parameters.put("TARGET_ROWS", rows(data.targets()));
        parameters.put("IOC_ROWS", rows(data.iocRows()));
        parameters.put("EFFORT_POINTS", rows(data.effortByIoc()));
        parameters.put("UNCOVERED_POINTS", rows(data.uncoveredShareByIoc()));
        parameters.put("TREND_CHARTS", rows(data.trends()));
        parameters.put("TRENDS_REPORT", template(TREND_CHARTS));
        parameters.put("AGENCY_PAIRS", rows(data.agencyPairs()));
        parameters.put("AGENCY_ROWS", rows(data.agencies()));
        parameters.put("AGENCIES_REPORT", template(NATIONAL_AGENCIES));
        parameters.put("EFFORT_HAS_DATA", anyValue(data.effortByIoc()));
        parameters.put("UNCOVERED_HAS_DATA", anyValue(data.uncoveredShareByIoc()));
        parameters.put("EFFORT_ALT", ChartText.alt("Duplicated boarding hours and overlapping patrol hours by IOC, "
                + data.periodId(), data.effortByIoc()));
        parameters.put("UNCOVERED_ALT", ChartText.alt("Uncovered patrol share of the period's hours by IOC, "
                + data.periodId(), data.uncoveredShareByIoc()));
        parameters.put("INGEST_ROWS", rows(data.ingestRows()));
        parameters.put("REASON_ROWS", rows(data.quarantineReasons()));
        parameters.put("DEFINITION_ROWS", rows(data.definitions()));
        parameters.put("SUMMARY_REPORT", template(NATIONAL_SUMMARY));
        parameters.put("TARGETS_REPORT", template(NATIONAL_TARGETS));
        parameters.put("IOC_TABLE_REPORT", template(NATIONAL_IOC_TABLE));
        parameters.put("INGEST_REPORT", template(NATIONAL_INGEST));
        parameters.put("REASONS_REPORT", template(NATIONAL_REASONS));
        parameters.put("DEFINITIONS_REPORT", template(DEFINITIONS));
        parameters.put("LOOKAHEAD", data.lookAhead());
        parameters.put("LOOKAHEAD_IOC_ROWS", rows(data.lookAhead().iocs()));
        parameters.put("LOOKAHEAD_IOCS_REPORT", template(LOOKAHEAD_IOCS));
        lookAheadOverlaps(parameters, data.lookAhead());
        exportPdf(fill(NATIONAL, parameters, null), pdf, "National IOC program report " + data.periodId());
    }

    /** One IOC's scorecard as one PDF; an IOC without data gets one too, saying so. */
    public void renderScorecardPdf(ScorecardData data, Path pdf) {
        Map<String, Object> parameters = markingParameters();
        parameters.put("DISTRIBUTION", options.distributionStatement());
        parameters.put("REPORT_ID", data.reportId());
        parameters.put("IOC_ID", data.iocId());
        parameters.put("IOC_NAME", data.iocName());
        parameters.put("TIME_ZONE", data.timeZone());
        parameters.put("PERIOD_ID", data.periodId());
        parameters.put("PERIOD_DATES", data.periodDates());
        parameters.put("GENERATED_AT", data.generatedAt());
        parameters.put("NO_DATA_SENTENCE", data.noDataSentence());
        parameters.put("METRIC_ROWS", rows(data.metrics()));
        parameters.put("HAS_TARGETS", data.metrics().stream().anyMatch(row -> row.target() != null));
        parameters.put("TREND_CHARTS", rows(data.trends()));
        parameters.put("HEATMAP_ROWS", rows(data.heatmap()));
        parameters.put("HIGH_RISK_ROWS", rows(data.highRiskNotBoarded()));
        parameters.put("DUPLICATED_ROWS", rows(data.duplicatedBoardings()));
        parameters.put("METRICS_REPORT", template(SCORECARD_METRICS));
        parameters.put("TRENDS_REPORT", template(TREND_CHARTS));
        parameters.put("HEATMAP_REPORT", template(SCORECARD_HEATMAP));
        parameters.put("ACTION_REPORT", template(ACTION_LIST));
        parameters.put("LOOKAHEAD", data.lookAhead());
        lookAheadOverlaps(parameters, data.lookAhead());
        exportPdf(fill(SCORECARD, parameters, null), pdf, "IOC scorecard " + data.iocId() + " " + data.periodId());
    }

    /**
     * The national report's tables as a workbook: summary, IOC table, ingest batches and quarantine
     * reasons, one sheet each, with a frozen header row and an auto filter. Figures are numeric cells with
     * the reports' number formats (sortable, summable) under the ids Excel reads them by
     * ({@link WorkbookNumberFormats}); every text value stays a text cell (the exporter
     * types a cell by its value's class and never parses a text), so a value that starts with =, +, - or @
     * is never evaluated as a formula.
     */
    public void renderNationalXlsx(NationalReportData data, Path xlsx) {
        Map<String, Object> summary = sheetParameters(data);
        summary.put("PREVIOUS_PERIOD_ID", data.previousPeriodId());
        summary.put("YEAR_EARLIER_PERIOD_ID", data.yearEarlierPeriodId());
        Map<String, Object> iocs = sheetParameters(data);
        iocs.put("KEY_METRIC_NAMES", data.keyMetricNames());
        List<JasperPrint> sheets = List.of(
                fill(NATIONAL_SUMMARY, summary, data.summary()),
                fill(NATIONAL_IOC_SHEET, iocs, data.iocRows()),
                fill(NATIONAL_INGEST, sheetParameters(data), data.ingestRows()),
                fill(NATIONAL_REASONS, sheetParameters(data), data.quarantineReasons()));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setSheetNames(WORKBOOK_SHEETS.toArray(String[]::new));
        configuration.setOnePagePerSheet(false);
        // a cell's type comes from its value's class (a Number, or a String that is never parsed), not from its text
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setWhitePageBackground(false);
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(sheets));
        exporter.setConfiguration(configuration);
        export(xlsx, exporter::setExporterOutput, exporter::exportReport);
        WorkbookNumberFormats.renumber(xlsx);
    }

    private void lookAheadOverlaps(Map<String, Object> parameters, LookAheadData lookAhead) {
        parameters.put("LOOKAHEAD_OVERLAP_ROWS", rows(lookAhead.overlaps()));
        parameters.put("LOOKAHEAD_OVERLAPS_REPORT", template(LOOKAHEAD_OVERLAPS));
    }

    private Map<String, Object> sheetParameters(NationalReportData data) {
        Map<String, Object> parameters = markingParameters();
        parameters.put("PERIOD_ID", data.periodId());
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
        return parameters;
    }

    private Map<String, Object> markingParameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("MARKING", options.marking());
        return parameters;
    }

    /** The compiled template, compiled on first use. */
    JasperReport template(String name) {
        return COMPILED.computeIfAbsent(name, ReportRenderer::compile);
    }

    /** The template compiled at build time, or compiled now when the build did not (an IDE run). */
    private static JasperReport compile(String name) {
        ClassLoader loader = ReportRenderer.class.getClassLoader();
        String resource = TEMPLATE_FOLDER + name;
        try (InputStream compiled = loader.getResourceAsStream(resource + COMPILED_SUFFIX)) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("compiled report template " + resource + " does not load: " + e.getMessage(), e);
        }
        try (InputStream in = loader.getResourceAsStream(resource + SOURCE_SUFFIX)) {
            if (in == null) {
                throw new IllegalStateException("report template " + resource + SOURCE_SUFFIX + " is not on the class path");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("report template " + resource + " does not compile: " + e.getMessage(), e);
        }
    }

    /** Fills a template; with rows null the report runs once over a single empty record (a master report). */
    private JasperPrint fill(String name, Map<String, Object> parameters, List<?> records) {
        try {
            return records == null
                    ? JasperFillManager.fillReport(template(name), parameters, new JREmptyDataSource(1))
                    : JasperFillManager.fillReport(template(name), parameters, new JRMapCollectionDataSource(rows(records)));
        } catch (JRException e) {
            throw new IllegalStateException("report " + name + " could not be filled: " + e.getMessage(), e);
        }
    }

    /**
     * A tagged PDF (Section 508 / PDF/UA): a structure tree in reading order, the document's language,
     * its title shown by viewers instead of the file name, headings, table header and data cells, and
     * every chart a /Figure ({@link PdfFigures}) with its alternative text (the chart's hyperlink tooltip,
     * which the exporter writes as /Alt).
     */
    private void exportPdf(JasperPrint print, Path pdf, String title) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setTagged(true);
        configuration.setTagLanguage(LANGUAGE);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataTitle(title);
        configuration.setMetadataSubject(options.marking());
        configuration.setMetadataCreator("IOC Metrics");
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(configuration);
        export(pdf, exporter::setExporterOutput, exporter::exportReport);
        PdfFigures.retag(pdf);
    }

    private interface Export {
        void run() throws JRException;
    }

    private static void export(Path file, java.util.function.Consumer<SimpleOutputStreamExporterOutput> output, Export export) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            output.accept(new SimpleOutputStreamExporterOutput(file.toFile()));
            export.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Each record as the single field {@link #ROW_FIELD} of a map data source row. */
    public static Collection<Map<String, ?>> rows(List<?> records) {
        return records.stream().<Map<String, ?>>map(record -> Map.of(ROW_FIELD, record)).toList();
    }

    /** Whether a chart has anything to draw; without, the report says "No data" in its place. */
    private static boolean anyValue(List<ChartPoint> points) {
        return points.stream().anyMatch(point -> point.value() != null);
    }

    private static String lines(List<String> lines, String whenEmpty) {
        return lines.isEmpty() ? whenEmpty : String.join("\n", lines);
    }
}
