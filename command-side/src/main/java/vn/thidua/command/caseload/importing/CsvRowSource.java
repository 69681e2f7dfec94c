package vn.thidua.command.caseload.importing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;

/**
 * CSV (RFC 4180, comma separated, double quotes, header row first) read by Jackson's CSV parser one
 * record at a time. Header names are matched through {@link RowKinds#column}; columns the import
 * does not know are ignored, empty cells count as absent.
 */
final class CsvRowSource implements RowSource {
  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.TRIM_SPACES)
          .build();

  private final MappingIterator<String[]> records;
  private final String[] columns;
  private boolean finished;

  CsvRowSource(Reader body, RowKinds kinds) throws IOException {
    this.records = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(body);
    this.columns = header(kinds);
  }

  private String[] header(RowKinds kinds) throws IOException {
    String[] names;
    try {
      do {
        if (!records.hasNextValue()) {
          throw new ImportUnreadable(
              "header-row-required", "The file is empty: the first line must name the columns");
        }
        names = records.nextValue();
      } while (isEmpty(names));
    } catch (JsonProcessingException unreadable) {
      throw new ImportUnreadable(
          "csv-syntax", "The header row is not valid CSV: " + unreadable.getOriginalMessage());
    }
    String[] canonical = new String[names.length];
    boolean kindColumn = false;
    for (int index = 0; index < names.length; index++) {
      canonical[index] = kinds.column(names[index]);
      kindColumn |= RowKinds.KIND_COLUMN.equals(canonical[index]);
    }
    if (!kindColumn) {
      throw new ImportUnreadable(
          "kind-column-required",
          "The header row must have a 'kind' column (ACCEPT or VERDICT in each row)");
    }
    return canonical;
  }

  @Override
  public RawRow next() throws IOException {
    while (!finished) {
      JsonLocation before = records.getCurrentLocation();
      long line = before.getLineNr();
      String[] cells;
      try {
        if (!records.hasNextValue()) {
          return null;
        }
        cells = records.nextValue();
      } catch (JsonProcessingException unreadable) {
        if (records.getCurrentLocation().getCharOffset() == before.getCharOffset()) {
          // the parser cannot move on: report the line and end here, keeping what was recorded
          finished = true;
          return RawRow.unreadable(
              line,
              "csv-syntax",
              "The file cannot be read from this line on: " + unreadable.getOriginalMessage());
        }
        return RawRow.unreadable(
            line, "csv-syntax", "The line is not valid CSV: " + unreadable.getOriginalMessage());
      }
      if (isEmpty(cells)) {
        continue;
      }
      if (cells.length > columns.length) {
        return RawRow.unreadable(
            line,
            "column-count",
            "The row has "
                + cells.length
                + " values but the header row names "
                + columns.length
                + " columns");
      }
      ObjectNode values = JsonNodeFactory.instance.objectNode();
      for (int index = 0; index < cells.length; index++) {
        if (columns[index] != null && !cells[index].isEmpty()) {
          values.put(columns[index], cells[index]);
        }
      }
      return RawRow.of(line, values);
    }
    return null;
  }

  private static boolean isEmpty(String[] cells) {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
