package vn.thidua.support.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX sheet written through POI's streaming workbook: only a window of rows stays in memory,
 * the rest goes to a compressed temporary file. The header row is bold, frozen and filterable;
 * numbers are number cells and dates date cells, so analysts can compute with them.
 */
final class XlsxWriter {
  private static final int ROWS_IN_MEMORY = 100;
  private static final int MAX_CELL_TEXT = 32_767;

  private XlsxWriter() {}

  static <T> void write(
      String title,
      List<Column<T>> columns,
      HeaderLanguage language,
      Iterator<T> rows,
      OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    workbook.setCompressTempFiles(true);
    try {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
      Styles styles = new Styles(workbook);
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(columns.get(i).header(language));
        cell.setCellStyle(styles.header);
        sheet.setColumnWidth(i, width(columns.get(i), language));
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
      int rowIndex = 1;
      while (rows.hasNext()) {
        T row = rows.next();
        Row sheetRow = sheet.createRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
          Column<T> column = columns.get(i);
          fill(sheetRow.createCell(i), column.type(), column.valueOf(row), styles);
        }
      }
      workbook.write(out);
      out.flush();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void fill(Cell cell, ColumnType type, Object value, Styles styles) {
    if (value == null) {
      return;
    }
    switch (type) {
      case NUMBER -> cell.setCellValue(CellText.number(value).doubleValue());
      case DATE -> {
        cell.setCellValue((LocalDate) value);
        cell.setCellStyle(styles.date);
      }
      case DATE_TIME -> {
        cell.setCellValue(((Instant) value).atZone(CellText.VIETNAM).toLocalDateTime());
        cell.setCellStyle(styles.dateTime);
      }
      case TEXT -> {
        String text = CellText.of(value);
        cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
      }
    }
  }

  /** Wide enough for the header and typical values, in 1/256 of a character. */
  private static int width(Column<?> column, HeaderLanguage language) {
    int typical =
        switch (column.type()) {
          case NUMBER -> 12;
          case DATE -> 12;
          case DATE_TIME -> 18;
          case TEXT -> 24;
        };
    return Math.min(60, Math.max(typical, column.header(language).length() + 4)) * 256;
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }
  }
}
