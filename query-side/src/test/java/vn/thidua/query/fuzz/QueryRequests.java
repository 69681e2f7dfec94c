package vn.thidua.query.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.Gen;
import vn.thidua.support.fuzz.Weighted;

/**
 * Bad reads of the query side: path ids that are encoded oddly, traverse, or are very long; query
 * parameters (paging, sort, filters, format, language, instants) with wrong types, overflowing
 * numbers, bad dates, unknown columns and raw characters Tomcat must refuse; wrong methods and odd
 * headers. Some values are valid, so the bad ones reach the code behind the good ones.
 */
final class QueryRequests {
  private static final List<String> TABLE_PARAMETERS =
      List.of("page", "size", "sort", "format", "lang");

  private QueryRequests() {}

  /** A path with {@code {id}} placeholders and the parameters it reads. */
  record Read(String path, List<String> parameters) {}

  static Gen<BadRequest> reads(List<Read> reads, String user) {
    return Gen.of(reads)
        .flatMap(
            read ->
                Gen.frequencyOf(
                    Weighted.of(8, get(read, user)),
                    Weighted.of(
                        1, get(read, user).map(QueryRequests::withWrongMethod).flatMap(r -> r)),
                    Weighted.of(2, get(read, user).flatMap(QueryRequests::withOddHeaders))));
  }

  private static Gen<BadRequest> get(Read read, String user) {
    Gen<String> path = Gen.just(read.path());
    for (int i = 0; i < count(read.path(), "{id}"); i++) {
      path =
          path.flatMap(
              p ->
                  id().map(
                          id ->
                              p.replaceFirst(
                                  "\\{id\\}", java.util.regex.Matcher.quoteReplacement(id))));
    }
    Gen<String> query =
        Gen.oneOf(
                Gen.of(read.parameters()),
                Gen.of(TABLE_PARAMETERS),
                Gen.of("zz", "", "page[]", "%ZZ", "a b"))
            .flatMap(
                name ->
                    value(name)
                        .map(
                            value ->
                                name.isEmpty() && value.isEmpty()
                                    ? ""
                                    : encodeName(name) + "=" + value))
            .list()
            .ofMinSize(0)
            .ofMaxSize(5)
            .map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    Gen<String> queries =
        Gen.frequencyOf(
            Weighted.of(30, query),
            Weighted.of(1, Gen.integers(1_001, 3_000).map(n -> "?" + "p=1&".repeat(n))));
    return path.flatMap(p -> queries.map(q -> BadRequest.read("GET", p + q, user)));
  }

  private static Gen<String> id() {
    return Gen.oneOf(
        Gen.of("FZ-1", "QN-2023", "TAND-QN", "DOT-1", "ledger", "audit-trail"),
        BadValues.anyText(60).filter(text -> !text.isEmpty()).map(QueryRequests::encode),
        Gen.of(
            "..", "%2e%2e", "..%2F..", "%2F", "%5C", "a%00b", "%ZZ", "%", ";x=1", "%20", "%FF%FE",
            "%C0%AF", "~", "*", "a%0Db"),
        Gen.integers(65, 12_000).map("A"::repeat));
  }

  private static Gen<String> value(String name) {
    Gen<String> specific =
        switch (name) {
          case "page" ->
              Gen.of(
                  "-1",
                  "0",
                  "1",
                  "99999999999999999999",
                  "2147483648",
                  "1.5",
                  "abc",
                  "",
                  " 1",
                  "0x10",
                  "1e3");
          case "size" ->
              Gen.of("0", "1", "50", "500", "501", "-5", "1e3", "999999999999", "NaN", "");
          case "sort" ->
              Gen.of(
                  "nope,asc",
                  "unitId,sideways",
                  ",",
                  "unitId,asc,desc",
                  "",
                  ",asc",
                  "unitId",
                  "rank,desc",
                  "score,ASC",
                  "a".repeat(3_000) + ",asc");
          case "format" -> Gen.of("csv", "xlsx", "pdf", "CSV", "xlsx ", "", "json", "xml");
          case "lang" -> Gen.of("en", "vi", "xx", "", "EN", "vi-VN");
          case "from", "to", "at" ->
              Gen.of(
                  "2023-01-01T00:00:00Z",
                  "2023-01-01",
                  "2023-13-01T00:00:00Z",
                  "yesterday",
                  "+999999999-12-31T23:59:59Z",
                  "-1000000000-01-01T00:00:00Z",
                  "2023-02-30T00:00:00Z",
                  "2023-01",
                  "2023-99",
                  "0000-00",
                  "1700000000",
                  "");
          case "year" -> Gen.of("2023", "-1", "99999", "abc", "2023.5", "");
          case "revoked" -> Gen.of("yes", "no", "maybe", "TRUE", "");
          default -> Gen.of("FZ-1", "", "CIVIL", "AwardDecided", "ADMIN");
        };
    return Gen.oneOf(
        specific.map(QueryRequests::encode),
        specific.map(QueryRequests::encode),
        BadValues.anyText(100).map(QueryRequests::encode),
        Gen.of("%ZZ", "%", "%00", "a b", "<x>", "\"", "{", "|", "%E2%80%AE", "%C0%AF"),
        Gen.integers(1_000, 9_000).map("v"::repeat));
  }

  private static Gen<BadRequest> withWrongMethod(BadRequest read) {
    return Gen.of("POST", "PUT", "DELETE", "PATCH", "FUZZ", "TRACE")
        .map(
            method ->
                new BadRequest(
                    method,
                    read.target(),
                    read.headers(),
                    "{}".getBytes(StandardCharsets.UTF_8),
                    false,
                    "method " + method));
  }

  private static Gen<BadRequest> withOddHeaders(BadRequest read) {
    Gen<Map.Entry<String, String>> header =
        Gen.oneOf(
            Gen.of(
                    "text/csv",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/xml",
                    "text/event-stream",
                    "image/png",
                    "garbage",
                    "*/*;q=abc",
                    "")
                .map(value -> Map.entry("Accept", value)),
            Gen.oneOf(Gen.of("xx-;;q=zz", "*", "vi", "en;q=2", ",,,"), BadValues.anyText(40))
                .map(value -> Map.entry("Accept-Language", value)),
            BadValues.anyText(200).map(value -> Map.entry("X-Correlation-Id", value)),
            Gen.of("*", "\"x\"", "W/", "garbage").map(value -> Map.entry("If-None-Match", value)),
            Gen.of("bytes=0-1", "bytes=-", "lines=1").map(value -> Map.entry("Range", value)),
            Gen.strings().alpha().ofLength(9_000).map(value -> Map.entry("X-Big", value)));
    return header.list().ofMinSize(1).ofMaxSize(3).map(read::withHeaders);
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static String encodeName(String name) {
    return name.equals("a b") || name.equals("%ZZ") ? name : encode(name);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
