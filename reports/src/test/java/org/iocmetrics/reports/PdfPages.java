package org.iocmetrics.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of every page of a PDF, read back with PDFBox in reading order. */
public final class PdfPages {
    private PdfPages() {}

    public static List<String> of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    public static List<String> lines(String pageText) {
        return pageText.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Fails unless every page starts and ends with the marking, says "Page N of M" with the right N and M,
     * and holds something besides the banners and the footer (no empty page).
     */
    public static void assertMarkedAndNumbered(List<String> pages, String marking) {
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = lines(pages.get(i));
            String where = "page " + (i + 1) + " of " + pages.size() + ":\n" + pages.get(i);
            org.junit.jupiter.api.Assertions.assertEquals(marking, lines.get(0), "top banner, " + where);
            org.junit.jupiter.api.Assertions.assertEquals(marking, lines.get(lines.size() - 1), "bottom banner, " + where);
            String pageOf = "Page " + (i + 1) + " of " + pages.size();
            org.junit.jupiter.api.Assertions.assertTrue(lines.get(lines.size() - 2).endsWith(pageOf),
                    "'" + pageOf + "' in the footer, " + where);
            org.junit.jupiter.api.Assertions.assertTrue(lines.size() > 3, "empty " + where);
        }
    }
}
