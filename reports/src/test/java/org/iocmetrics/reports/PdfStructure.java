package org.iocmetrics.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * What a tagged PDF tells a screen reader, read back with PDFBox: whether it is marked, its language,
 * title and whether viewers show the title, and its structure elements in reading order.
 */
public record PdfStructure(boolean marked, String language, String title, boolean displaysTitle,
                           List<Element> elements) {

    /** One structure element: its type (H1, TH, TD, Figure...) and its alternative text (null when none). */
    public record Element(String type, String alt) {}

    public static PdfStructure of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            List<Element> elements = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                collect(catalog.getStructureTreeRoot(), elements);
            }
            return new PdfStructure(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getLanguage(), document.getDocumentInformation().getTitle(),
                    catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                    elements);
        }
    }

    public List<Element> ofType(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    private static void collect(PDStructureNode node, List<Element> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(new Element(element.getStructureType(), element.getAlternateDescription()));
                collect(element, elements);
            }
        }
    }
}
