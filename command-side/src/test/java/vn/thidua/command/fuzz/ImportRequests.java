package vn.thidua.command.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.Gen;
import vn.thidua.support.fuzz.Weighted;

/**
 * Bad caseload imports: CSV and NDJSON with odd headers, cells, quoting, line endings, encodings
 * and lines. Every row names a unit or case that was never registered, so no row can be recorded
 * whatever else is right in it; the import may answer its report (200) or a 4xx.
 */
final class ImportRequests {
  private static final String PATH = "/api/imports/caseload";
  private static final List<String> COLUMNS =
      List.of(
          "kind",
          "caseId",
          "unitId",
          "caseType",
          "acceptedOn",
          "carriedOver",
          "resolvedOn",
          "outcome",
          "onlineTrial",
          "modelTrial",
          "presidingJudgeId",
          "decidedOn",
          "result",
          "scope",
          "cause",
          "reason",
          "effectiveOn",
          "publishedOn",
          "portalUrl",
          "Loại",
          "Mã vụ án",
          "Ngày thụ lý",
          "ghi chú",
          "");

  private ImportRequests() {}

  static Gen<BadRequest> imports(String user) {
    return Gen.frequencyOf(
        Weighted.of(5, csv(user)), Weighted.of(4, ndjson(user)), Weighted.of(1, garbage(user)));
  }

  private static Gen<String> cell() {
    return Gen.oneOf(
        Gen.of(
            "ACCEPT",
            "VERDICT",
            "APPEAL",
            "EFFECTIVE",
            "PUBLICATION",
            "thu_ly",
            "Giải quyết",
            "BOGUS"),
        Gen.integers(1, 999).map(n -> "FZ-NEVER-" + n),
        Gen.of(
            "CIVIL",
            "CRIMINAL",
            "TRIED",
            "UPHELD",
            "ANNULLED",
            "PARTIAL",
            "SUBJECTIVE",
            "yes",
            "no",
            "có",
            "maybe"),
        Gen.of("2023-01-05", "2023-02-30", "2999-01-01", "05/01/2023", "", "1900-01-01"),
        BadValues.anyText(60),
        BadValues.longerThan(2_000));
  }

  /** Each row's unit and case are never registered: those cells are fixed, the rest is random. */
  private static Gen<List<String>> row(List<String> header) {
    return cell()
        .list()
        .ofSize(header.size() + 2)
        .map(
            cells -> {
              List<String> row = new ArrayList<>(cells.subList(0, header.size()));
              for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equals("unitId")) {
                  row.set(i, "FZ-NEVER-UNIT");
                } else if (header.get(i).equals("caseId") || header.get(i).equals("Mã vụ án")) {
                  row.set(i, "FZ-NEVER-CASE-" + i);
                }
              }
              if (cells.get(header.size()).length() % 5 == 0) {
                row.add(cells.get(header.size() + 1));
              }
              return row;
            });
  }

  private static Gen<List<String>> header() {
    return Gen.of(COLUMNS).list().ofMinSize(0).ofMaxSize(12);
  }

  private static Gen<BadRequest> csv(String user) {
    Gen<String> type =
        Gen.of(
            "text/csv",
            "text/csv; charset=UTF-8",
            "text/csv; charset=ISO-8859-1",
            "text/csv; charset=UTF-16",
            "text/csv; header=present",
            "text/csv; charset=bogus");
    return header()
        .flatMap(
            header ->
                row(header)
                    .list()
                    .ofMaxSize(8)
                    .flatMap(
                        rows ->
                            Gen.of("\r\n", "\n", "\r", "\u2028")
                                .flatMap(
                                    newline ->
                                        Gen.of(0, 1, 2, 3)
                                            .flatMap(
                                                quoting ->
                                                    type.map(
                                                        contentType -> {
                                                          StringBuilder text =
                                                              new StringBuilder(
                                                                  quoting == 3 ? "\uFEFF" : "");
                                                          text.append(csvLine(header, quoting))
                                                              .append(newline);
                                                          for (List<String> row : rows) {
                                                            text.append(csvLine(row, quoting))
                                                                .append(newline);
                                                          }
                                                          return request(
                                                              user,
                                                              contentType,
                                                              text.toString(),
                                                              "csv "
                                                                  + rows.size()
                                                                  + " rows, quoting "
                                                                  + quoting);
                                                        })))));
  }

  private static String csvLine(List<String> cells, int quoting) {
    List<String> rendered = new ArrayList<>();
    for (String cell : cells) {
      rendered.add(
          switch (quoting) {
            case 1 -> "\"" + cell.replace("\"", "\"\"") + "\"";
            case 2 -> "\"" + cell;
            default -> cell;
          });
    }
    return String.join(",", rendered);
  }

  private static Gen<BadRequest> ndjson(String user) {
    Gen<String> value =
        Gen.oneOf(
            cell()
                .map(
                    text ->
                        "\""
                            + text.replace("\\", "\\\\")
                                .replace("\"", "\\\"")
                                .replaceAll("[\\x00-\\x1f]", "")
                            + "\""),
            Gen.of(
                "null",
                "true",
                "12",
                "-1e999",
                "{}",
                "[]",
                "[\"ACCEPT\"]",
                "{\"a\":{\"b\":1}}",
                "\"\\u0000\"",
                "\"\\ud800\""));
    Gen<String> line =
        Gen.oneOf(
            Gen.of(COLUMNS)
                .list()
                .ofMaxSize(10)
                .flatMap(
                    keys ->
                        value
                            .list()
                            .ofSize(keys.size())
                            .map(
                                values -> {
                                  Map<String, String> fields = new LinkedHashMap<>();
                                  for (int i = 0; i < keys.size(); i++) {
                                    fields.put(keys.get(i), values.get(i));
                                  }
                                  fields.put("unitId", "\"FZ-NEVER-UNIT\"");
                                  fields.put("caseId", "\"FZ-NEVER-CASE\"");
                                  StringBuilder object = new StringBuilder("{");
                                  fields.forEach(
                                      (key, json) ->
                                          object
                                              .append(object.length() > 1 ? "," : "")
                                              .append('"')
                                              .append(key)
                                              .append("\":")
                                              .append(json));
                                  return object.append('}').toString();
                                })),
            Gen.of(
                "",
                "{",
                "[1,2]",
                "\"text\"",
                "null",
                "{\"kind\":\"ACCEPT\"",
                "{}{}",
                "[".repeat(3_000),
                "{\"kind\":" + "9".repeat(2_000) + "}"),
            BadValues.anyText(100));
    return line.list()
        .ofMinSize(0)
        .ofMaxSize(8)
        .flatMap(
            lines ->
                Gen.of(
                        "application/x-ndjson",
                        "application/x-ndjson; charset=UTF-8",
                        "application/x-ndjson; charset=UTF-16BE")
                    .map(
                        type ->
                            request(
                                user,
                                type,
                                String.join("\n", lines),
                                "ndjson " + lines.size() + " lines")));
  }

  private static Gen<BadRequest> garbage(String user) {
    return Gen.oneOf(
        Gen.bytes(0, 2_000)
            .map(
                bytes ->
                    request(user, "text/csv", "", "random bytes").withBody(bytes, "random bytes")),
        Gen.of(
                "application/json",
                "text/plain",
                "application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "multipart/form-data; boundary=x")
            .map(
                type ->
                    request(user, type, "kind,caseId\nACCEPT,FZ-NEVER", "content type " + type)),
        Gen.integers(1, 3)
            .map(
                megabytes ->
                    request(
                        user,
                        "text/csv",
                        "kind,reason\nACCEPT,\"" + "a".repeat(megabytes * 1_048_576) + "\"\n",
                        megabytes + " MB cell")),
        Gen.of(true, false)
            .map(
                chunked -> {
                  BadRequest request =
                      request(
                          user,
                          "application/x-ndjson",
                          "{\"kind\":\"ACCEPT\",\"reason\":\"" + "b".repeat(1_100_000) + "\"}",
                          "1.1 MB line");
                  return chunked ? request.chunkedBody() : request;
                }));
  }

  private static BadRequest request(String user, String contentType, String body, String what) {
    return BadRequest.json("POST", PATH, user, "", what)
        .withHeader("Content-Type", contentType)
        .withBody(body.getBytes(StandardCharsets.UTF_8), contentType);
  }
}
