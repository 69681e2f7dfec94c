package vn.thidua.command.caseload.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;

/**
 * NDJSON: one JSON object per line, parsed by Jackson line by line, so a broken line is rejected on
 * its own and the next line still counts. Keys are matched like CSV headers; null values count as
 * absent.
 */
final class NdjsonRowSource implements RowSource {
  private final BufferedReader lines;
  private final ObjectMapper json;
  private final RowKinds kinds;
  private long line;

  NdjsonRowSource(Reader body, ObjectMapper json, RowKinds kinds) {
    this.lines = new BufferedReader(body);
    this.json = json;
    this.kinds = kinds;
  }

  @Override
  public RawRow next() throws IOException {
    String text;
    do {
      text = lines.readLine();
      if (text == null) {
        return null;
      }
      line++;
    } while (text.isBlank());
    JsonNode parsed;
    try {
      parsed = json.readTree(text);
    } catch (JsonProcessingException unreadable) {
      return RawRow.unreadable(
          line,
          "well-formed-json",
          "The line is not valid JSON: " + unreadable.getOriginalMessage());
    }
    if (!(parsed instanceof ObjectNode object)) {
      return RawRow.unreadable(line, "json-object", "The line must hold one JSON object");
    }
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String column = kinds.column(field.getKey());
      if (column != null && !field.getValue().isNull()) {
        values.set(column, field.getValue());
      }
    }
    return RawRow.of(line, values);
  }
}
