package org.iocmetrics.reports;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Tags every chart of a written PDF as a /Figure, the structure type PDF/UA gives an illustration, which
 * screen readers announce as a figure and describe by its /Alt text. JasperReports 7 tags an image or a
 * chart as /Image, a type of its own that it only role-maps to Figure, and no export property changes it;
 * so the exported file's structure elements are renamed in a second pass (with the PDF library the
 * exporter itself writes with), their alternative text and marked content untouched.
 */
final class PdfFigures {
    private static final PdfName IMAGE = new PdfName("Image");
    private static final PdfName FIGURE = new PdfName("Figure");

    private PdfFigures() {}

    static void retag(Path pdf) {
        Path retagged = pdf.resolveSibling(pdf.getFileName() + ".retagged");
        try {
            PdfReader reader = new PdfReader(pdf.toString());
            try (OutputStream out = Files.newOutputStream(retagged)) {
                retag(reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT));
                PdfStamper stamper = new PdfStamper(reader, out);
                stamper.close();
            } finally {
                reader.close();
            }
            Files.move(retagged, pdf, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames /Image elements below a structure node (its /K: one kid or an array of them). */
    private static void retag(PdfDictionary node) {
        if (node == null) {
            return;
        }
        PdfObject kids = PdfReader.getPdfObject(node.get(PdfName.K));
        if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                retagElement(PdfReader.getPdfObject(array.getPdfObject(i)));
            }
        } else {
            retagElement(kids);
        }
    }

    private static void retagElement(PdfObject kid) {
        // marked-content ids (numbers) and references to content are leaves, not structure elements
        if (kid instanceof PdfDictionary element && element.get(PdfName.S) != null) {
            if (IMAGE.equals(element.get(PdfName.S))) {
                element.put(PdfName.S, FIGURE);
            }
            retag(element);
        }
    }
}
