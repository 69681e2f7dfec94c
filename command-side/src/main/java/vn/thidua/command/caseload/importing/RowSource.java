package vn.thidua.command.caseload.importing;

import java.io.IOException;

/** Reads an upload one row at a time, so a file of any size needs the memory of one row. */
interface RowSource {
  /** The next data row, or null at the end of the file. */
  RawRow next() throws IOException;
}
