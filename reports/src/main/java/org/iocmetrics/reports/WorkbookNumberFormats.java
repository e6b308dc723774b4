package org.iocmetrics.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Gives a written workbook's number formats the ids Excel reads them by. JasperReports 7 numbers the
 * formats it writes from 1 (#,##0 becomes 1, #,##0.0 becomes 2, ...), but ids below 164 name Excel's
 * built-in formats whatever the file defines for them, so Excel would show a count of 1,234 as 1234 and
 * hours of 12.3 as 12.30. Each format moves to the built-in id of the same pattern where there is one
 * (#,##0 is 3) and to a custom id from 164 otherwise; cells keep their numeric values, the sheets their
 * frozen panes and filters.
 */
final class WorkbookNumberFormats {
    private WorkbookNumberFormats() {}

    static void renumber(Path xlsx) {
        Path renumbered = xlsx.resolveSibling(xlsx.getFileName() + ".renumbered");
        try {
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                StylesTable styles = workbook.getStylesSource();
                Map<Short, String> misplaced = new LinkedHashMap<>();
                styles.getNumberFormats().forEach((id, pattern) -> {
                    if (id > 0 && id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX) {
                        misplaced.put(id, pattern);
                    }
                });
                if (misplaced.isEmpty()) {
                    return;
                }
                Map<XSSFCellStyle, String> patternOfStyle = new LinkedHashMap<>();
                for (int i = 0; i < workbook.getNumCellStyles(); i++) {
                    XSSFCellStyle style = workbook.getCellStyleAt(i);
                    String pattern = misplaced.get(style.getDataFormat());
                    if (pattern != null) {
                        patternOfStyle.put(style, pattern);
                    }
                }
                misplaced.keySet().forEach(styles::removeNumberFormat);
                XSSFDataFormat formats = workbook.createDataFormat();
                patternOfStyle.forEach((style, pattern) -> style.setDataFormat(formats.getFormat(pattern)));
                try (OutputStream out = Files.newOutputStream(renumbered)) {
                    workbook.write(out);
                }
            }
            if (Files.exists(renumbered)) {
                Files.move(renumbered, xlsx, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
