package vn.thidua.support.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, without which Excel reads Vietnamese as mojibake.
 * Rows are written as they come.
 */
final class CsvWriter {
  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final String LINE_END = "\r\n";

  private CsvWriter() {}

  static <T> void write(
      List<Column<T>> columns, HeaderLanguage language, Iterator<T> rows, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write(BYTE_ORDER_MARK);
    for (int i = 0; i < columns.size(); i++) {
      writer.write((i == 0 ? "" : ",") + escape(columns.get(i).header(language)));
    }
    writer.write(LINE_END);
    while (rows.hasNext()) {
      T row = rows.next();
      for (int i = 0; i < columns.size(); i++) {
        Column<T> column = columns.get(i);
        writer.write((i == 0 ? "" : ",") + escape(cell(column, column.valueOf(row))));
      }
      writer.write(LINE_END);
    }
    writer.flush();
  }

  /**
   * Text that a spreadsheet would run as a formula (user input such as a reason starting with "=")
   * is kept as text with a leading apostrophe.
   */
  private static String cell(Column<?> column, Object value) {
    String text = CellText.of(value);
    if (column.type() == ColumnType.TEXT
        && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static String escape(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
