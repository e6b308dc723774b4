package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 508 / PDF/UA: the reports are tagged, titled, in a declared language, with marked tables and alt text. */
class TaggedPdfTest {
    private static final ReportRenderer RENDERER = new ReportRenderer(ReportOptions.defaults());

    @Test
    void theNationalReportIsTaggedWithTitleLanguageTableHeadersAndChartAltText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("national.pdf");
        RENDERER.renderNationalPdf(ReportFixtures.national(5), pdf);

        PdfStructure structure = PdfStructure.of(pdf);
        assertTagged(structure, "National IOC program report 2026-Q1");
        assertFalse(structure.ofType("H1").isEmpty(), "the title is a level 1 heading");
        assertTrue(structure.ofType("H2").size() >= 5, "section headings: " + structure.ofType("H2"));
        List<PdfStructure.Element> charts = structure.ofType("Figure");
        assertEquals(4, charts.size(), "effort, uncovered share and two trends: " + charts);
        charts.forEach(chart -> assertTrue(chart.alt() != null && !chart.alt().isBlank(), "alt text of " + chart));
        assertTrue(charts.stream().anyMatch(c -> c.alt().startsWith("Duplicate boardings, national, last 8 periods: 2024-Q2 no data")), charts.toString());
    }

    @Test
    void aScorecardIsTaggedAndItsTrendChartsHaveAltText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("scorecard.pdf");
        RENDERER.renderScorecardPdf(ReportFixtures.scorecard(null), pdf);

        PdfStructure structure = PdfStructure.of(pdf);
        assertTagged(structure, "IOC scorecard IOC-000 2026-Q1");
        assertEquals(List.of("Duplicate boardings, IOC-000, last 8 periods: 2024-Q2 no data; 2025-Q1 43.",
                        "Unscreened arrivals, IOC-000, last 8 periods: 2024-Q2 no data; 2025-Q1 43."),
                structure.ofType("Figure").stream().map(PdfStructure.Element::alt).toList());
    }

    private static void assertTagged(PdfStructure structure, String title) {
        assertTrue(structure.marked(), "marked (tagged) PDF");
        assertEquals(ReportRenderer.LANGUAGE, structure.language());
        assertEquals(title, structure.title());
        assertTrue(structure.displaysTitle(), "viewers show the title, not the file name");
        assertEquals(List.of(), structure.ofType("Image"), "charts are figures, not JasperReports' own /Image");
        assertFalse(structure.ofType("Table").isEmpty(), "tables: " + structure.elements());
        assertFalse(structure.ofType("TH").isEmpty(), "table header cells");
        assertFalse(structure.ofType("TD").isEmpty(), "table data cells");
    }
}
