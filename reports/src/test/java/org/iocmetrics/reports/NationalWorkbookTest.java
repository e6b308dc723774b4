package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalWorkbookTest {
    private static final ReportRenderer RENDERER = new ReportRenderer(ReportOptions.defaults());

    @Test
    void sheetsHoldTheSummaryIocTableAndDataQualityAsNumericCells(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("national-2026-Q1.xlsx");
        RENDERER.renderNationalXlsx(ReportFixtures.national(3), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(ReportRenderer.WORKBOOK_SHEETS, names);
            assertEquals("CUI", cellTexts(workbook.getSheet("Summary")).get(0));
            assertEquals(List.of("Duplicated boarding hours", "12301.566667 #,##0.0", "11000.0 #,##0.0", "+1,301.6 (+11.8%)",
                            "n/a", "n/a"),
                    rowStartingWith(workbook.getSheet("Summary"), "Duplicated boarding hours"));
            assertEquals(List.of("Targeting hit rate", "0.082915 #,##0.0%", "0.05 #,##0.0%", "+3.3 pts", "n/a", "n/a"),
                    rowStartingWith(workbook.getSheet("Summary"), "Targeting hit rate"));
            assertEquals(List.of("Sector Boston IOC (IOC-000)", "3.0 #,##0", "12345.678 #,##0.0", "5.0 #,##0",
                            "0.082915 #,##0.0%", "6.0 #,##0", "7.0 #,##0", "8.0 #,##0"),
                    rowStartingWith(workbook.getSheet("IOCs"), "Sector Boston IOC (IOC-000)"));
            assertEquals(List.of("Sector Test 1 IOC (IOC-001)", "2.0 #,##0", "3.0 #,##0", "4.0 #,##0", "0.25 #,##0.0%",
                            "small n", "5.0 #,##0", "6.0 #,##0", "7.0 #,##0"),
                    rowStartingWith(workbook.getSheet("IOCs"), "Sector Test 1 IOC (IOC-001)"));
            assertEquals(List.of("3f9a1c07b2e4d681", "arrivals", "2026-04-04 23:10:00", "1500.0 #,##0", "1490.0 #,##0",
                            "7.0 #,##0", "3.0 #,##0", "4.2 #,##0.0"),
                    rowStartingWith(workbook.getSheet("Ingest batches"), "3f9a1c07b2e4d681"));
            assertEquals(List.of("arrivals", "BAD_TIMESTAMP", "5.0 #,##0"),
                    rowStartingWith(workbook.getSheet("Quarantine reasons"), "arrivals"));
            assertExcelReadsTheFormatsAsWritten(workbook);
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(),
                        "frozen header row in " + sheet.getSheetName());
                assertTrue(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter(), "auto filter in " + sheet.getSheetName());
            }
        }
    }

    /**
     * Excel takes a format id below 164 as its own built-in format, whatever the file defines for it: a
     * numeric cell's id must be the built-in of its pattern (#,##0 is 3) or a custom id from 164.
     */
    private static void assertExcelReadsTheFormatsAsWritten(Workbook workbook) {
        Map<String, Short> idOfPattern = new TreeMap<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        short id = cell.getCellStyle().getDataFormat();
                        String pattern = cell.getCellStyle().getDataFormatString();
                        assertTrue(id >= BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX || pattern.equals(BuiltinFormats.getBuiltinFormat(id)),
                                "format id " + id + " of " + pattern + " is Excel's built-in " + BuiltinFormats.getBuiltinFormat(id));
                        idOfPattern.put(pattern, id);
                    }
                }
            }
        }
        assertEquals(3, idOfPattern.get("#,##0").intValue(), idOfPattern.toString());
        assertTrue(idOfPattern.get("#,##0.0") >= 164 && idOfPattern.get("#,##0.0%") >= 164, idOfPattern.toString());
    }

    @Test
    void textThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)");
        NationalReportData data = ReportFixtures.national(1);
        List<IocRow> rows = new ArrayList<>();
        for (String text : hostile) {
            rows.add(new IocRow("IOC-X", text, data.iocRows().get(0).cells()));
        }
        List<ReasonRow> reasons = hostile.stream().map(text -> new ReasonRow(text, "BAD_ENUM", 1)).toList();
        NationalReportData withHostileText = new NationalReportData(data.reportId(), data.periodId(), data.periodDates(),
                data.previousPeriodId(), data.yearEarlierPeriodId(), data.generatedAt(), data.dataAsOf(), data.tableVersions(),
                data.noDataSentence(), data.summary(), data.targets(), data.callouts(), data.noCalloutsReason(), data.keyMetricNames(), rows, data.effortByIoc(), data.uncoveredShareByIoc(),
                data.trends(), data.agencies(), data.agencyPairs(), data.ingestRows(), reasons, data.definitions(),
                data.lookAhead());
        Path xlsx = dir.resolve("hostile.xlsx");
        RENDERER.renderNationalXlsx(withHostileText, xlsx);

        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            for (String text : hostile) {
                assertTextCell(workbook.getSheet("IOCs"), text + " (IOC-X)");
                assertTextCell(workbook.getSheet("Quarantine reasons"), text);
            }
        }
    }

    private static void assertTextCell(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    throw new AssertionError("formula cell " + cell.getAddress() + ": " + cell.getCellFormula());
                }
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return;
                }
            }
        }
        throw new AssertionError("no text cell '" + text + "' in sheet " + sheet.getSheetName() + ": " + cellTexts(sheet));
    }

    private static List<String> rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            List<String> texts = texts(row);
            if (!texts.isEmpty() && texts.get(0).equals(first)) {
                return texts;
            }
        }
        throw new AssertionError("no row starting with '" + first + "' in " + sheet.getSheetName() + ": " + cellTexts(sheet));
    }

    /** Each non-empty cell of a row: a text as itself, a number as "value format" (the cell's number format). */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                texts.add(cell.getStringCellValue());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                texts.add(cell.getNumericCellValue() + " " + cell.getCellStyle().getDataFormatString());
            }
        }
        return texts;
    }

    private static List<String> cellTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> texts.addAll(texts(row)));
        return texts;
    }
}
