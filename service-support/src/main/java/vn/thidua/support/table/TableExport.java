package vn.thidua.support.table;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A table file being answered: written straight to the response by {@link TableExportConverter}
 * while its rows are read, so nothing holds the whole file.
 */
final class TableExport {
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Content content;

  TableExport(Content content) {
    this.content = content;
  }

  void writeTo(OutputStream out) throws IOException {
    content.writeTo(out);
  }
}
