package vn.thidua.command.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.Gen;
import vn.thidua.support.fuzz.Weighted;

/**
 * The bad requests for JSON command endpoints: bodies that break a field rule, malformed JSON,
 * bodies past the size limit, wrong content types, odd headers, bad path ids and wrong methods.
 */
final class CommandRequests {
  private static final String PATH_ID = "[A-Za-z0-9_.-]{1,64}";

  /** A POST endpoint; {@code {id}} in the path is a path variable. */
  record Endpoint(String path, RequestShape shape) {
    Endpoint(String path, String requestRecord) {
      this(path, requestRecord == null ? null : RequestShape.of(requestRecord));
    }

    boolean hasBody() {
      return shape != null;
    }

    String plausibleJson() {
      return shape == null ? "{}" : shape.plausibleJson();
    }

    boolean hasPathId() {
      return path.contains("{id}");
    }

    String target(String id) {
      return path.replace("{id}", id);
    }

    String plausibleTarget() {
      return target("FZ-PATH");
    }
  }

  private CommandRequests() {}

  /** Every kind of bad request against the endpoints, mostly broken fields. */
  static Gen<BadRequest> against(List<Endpoint> endpoints, String user) {
    Gen<Endpoint> endpoint = Gen.of(endpoints.stream().filter(Endpoint::hasBody).toList());
    List<Weighted<BadRequest>> kinds = new ArrayList<>();
    kinds.add(Weighted.of(12, endpoint.flatMap(e -> brokenFields(e, user))));
    kinds.add(Weighted.of(4, endpoint.flatMap(e -> malformed(e, user))));
    kinds.add(Weighted.of(1, endpoint.flatMap(e -> oversize(e, user))));
    kinds.add(Weighted.of(2, endpoint.flatMap(e -> badContentType(e, user))));
    kinds.add(Weighted.of(2, endpoint.flatMap(e -> badHeaders(e, user))));
    kinds.add(Weighted.of(1, endpoint.flatMap(e -> wrongMethod(e, user))));
    if (endpoints.stream().anyMatch(Endpoint::hasPathId)) {
      Gen<Endpoint> withId = Gen.of(endpoints.stream().filter(Endpoint::hasPathId).toList());
      kinds.add(Weighted.of(3, withId.flatMap(e -> badPathId(e, user))));
    }
    return Gen.frequencyOf(kinds);
  }

  static Gen<BadRequest> brokenFields(Endpoint endpoint, String user) {
    return endpoint
        .shape()
        .brokenBodies()
        .map(
            body ->
                BadRequest.json(
                    "POST", endpoint.plausibleTarget(), user, body.json(), body.what()));
  }

  static Gen<BadRequest> malformed(Endpoint endpoint, String user) {
    String valid = endpoint.shape().plausibleJson();
    BadRequest base = BadRequest.json("POST", endpoint.plausibleTarget(), user, "", "malformed");
    return Gen.oneOf(
        Gen.integers(0, valid.length() - 1)
            .map(cut -> base.withBody(utf8(valid.substring(0, cut)), "cut at " + cut)),
        Gen.of("x", "\u0000", "]", "'", "//", "<?xml version=\"1.0\"?>", "{{", ",")
            .map(prefix -> base.withBody(utf8(prefix + valid), "garbage before")),
        Gen.of("null", "[]", "\"text\"", "42", "true", "[{}]", "[" + valid + "]", "", " ", "\n\n")
            .map(whole -> base.withBody(utf8(whole), "whole body " + whole.strip())),
        Gen.integers(1_001, 5_000)
            .map(
                depth ->
                    base.withBody(utf8("[".repeat(depth) + "]".repeat(depth)), "nested " + depth)),
        Gen.integers(1_001, 5_000)
            .map(
                depth ->
                    base.withBody(
                        utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                        "nested objects " + depth)),
        Gen.integers(1_001, 10_000)
            .map(
                digits ->
                    base.withBody(
                        utf8(valid.replaceFirst("\\{", "{\"zz\":" + "9".repeat(digits) + ",")),
                        "number of " + digits + " digits")),
        Gen.bytes(1, 200)
            .map(bytes -> base.withBody(bytes, "random bytes " + HexFormat.of().formatHex(bytes))),
        Gen.of((byte) 0xff, (byte) 0xc3, (byte) 0x80, (byte) 0xed)
            .map(
                bad ->
                    base.withBody(
                        insertInFirstString(valid, bad), "invalid UTF-8 byte in a string")),
        Gen.of(
                valid.replace("\"", "'"),
                valid.replace(":", "="),
                valid.replaceFirst(",", ",,"),
                valid.replaceFirst("\\{", "{,"),
                valid.replaceFirst("\"", ""))
            .filter(broken -> !broken.equals(valid))
            .map(broken -> base.withBody(utf8(broken), "broken syntax")));
  }

  static Gen<BadRequest> oversize(Endpoint endpoint, String user) {
    return Gen.of(1_048_577, 1_200_000, 2_500_000)
        .flatMap(
            size ->
                Gen.of(false, true)
                    .map(
                        chunked -> {
                          String body = "{\"zz\":\"" + "a".repeat(size) + "\"}";
                          BadRequest request =
                              BadRequest.json(
                                  "POST",
                                  endpoint.plausibleTarget(),
                                  user,
                                  body,
                                  "body of " + body.length() + " bytes");
                          return chunked ? request.chunkedBody() : request;
                        }));
  }

  static Gen<BadRequest> badContentType(Endpoint endpoint, String user) {
    Gen<String> types =
        Gen.oneOf(
            Gen.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=FUZZ",
                "multipart/form-data",
                "application/json; charset=utf-16",
                "application/json; charset=bogus-charset",
                "application/json; charset=\"",
                "application/json;;;",
                "application/json; q=abc",
                "*/*",
                "application/*",
                "garbage",
                "/",
                "",
                "text/csv",
                "application/x-ndjson",
                "application/problem+json",
                "application/octet-stream"),
            BadValues.anyText(40));
    return brokenFields(endpoint, user)
        .flatMap(
            request ->
                Gen.oneOf(
                    types.map(
                        type ->
                            request
                                .withHeader("Content-Type", type)
                                .describedAlso("Content-Type " + type)),
                    Gen.just(
                        request
                            .withHeader("Content-Type", null)
                            .describedAlso("no Content-Type"))));
  }

  static Gen<BadRequest> badHeaders(Endpoint endpoint, String user) {
    Gen<Map.Entry<String, String>> header =
        Gen.oneOf(
            Gen.of(
                    "application/xml",
                    "text/html",
                    "image/png",
                    "*/*;q=abc",
                    "application/json;q=2",
                    "garbage",
                    "text/csv",
                    "application/vnd.ms-excel",
                    "")
                .map(value -> Map.entry("Accept", value)),
            Gen.oneOf(
                    Gen.of(
                        "xx-;;q=zz",
                        "*",
                        "vi-VN,vi;q=0.9",
                        "vi;q=abc",
                        "en;q=2",
                        ",,,",
                        "-",
                        "vi_VN",
                        "zh-Hant-TW-x-private-too-long-subtag"),
                    BadValues.anyText(60))
                .map(value -> Map.entry("Accept-Language", value)),
            BadValues.anyText(200).map(value -> Map.entry("X-Correlation-Id", value)),
            Gen.strings()
                .alpha()
                .ofLength(9_000)
                .map(value -> Map.entry("X-Correlation-Id", value)),
            BadValues.anyText(300).map(value -> Map.entry("Idempotency-Key", value)),
            Gen.of("W/\"x\"", "*", "\"", "abc", "-1", "99999999999999999999")
                .map(value -> Map.entry("If-Match", value)),
            Gen.of("100-continue", "weird").map(value -> Map.entry("Expect", value)),
            Gen.of("chunked", "gzip", "identity, chunked", "bogus")
                .map(value -> Map.entry("Transfer-Encoding", value)),
            Gen.of("gzip", "br", "bogus").map(value -> Map.entry("Content-Encoding", value)),
            BadValues.anyText(40)
                .map(value -> Map.entry("X-Fuzz-" + Math.abs(value.hashCode()), value)));
    return brokenFields(endpoint, user)
        .flatMap(request -> header.list().ofMinSize(1).ofMaxSize(3).map(request::withHeaders));
  }

  static Gen<BadRequest> badPathId(Endpoint endpoint, String user) {
    String body = endpoint.plausibleJson();
    Gen<String> ids =
        Gen.oneOf(
            BadValues.notMatching(PATH_ID, 80)
                .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8)),
            BadValues.notMatching(PATH_ID, 80).map(CommandRequests::percentEncodeAll),
            Gen.of(
                "..",
                "../..",
                "..%2F..",
                "%2e%2e",
                "%2F",
                "%5C",
                "a%00b",
                "%ZZ",
                "%",
                ";x=1",
                "a;jsessionid=1",
                "%20",
                "~",
                "a b",
                "a\tb",
                "<x>",
                "{x}",
                "a|b",
                "é",
                "%C3%A9",
                "%FF%FE",
                "%E2%80%AE",
                "",
                "%252e%252e"),
            Gen.integers(65, 20_000).map("A"::repeat));
    return ids.map(
        id ->
            BadRequest.json("POST", endpoint.target(id), user, body, "path id " + abbreviate(id)));
  }

  static Gen<BadRequest> wrongMethod(Endpoint endpoint, String user) {
    String body = endpoint.plausibleJson();
    return Gen.of("PUT", "DELETE", "PATCH", "GET", "FUZZ", "TRACE", "CONNECT")
        .map(
            method ->
                new BadRequest(
                    method,
                    endpoint.plausibleTarget(),
                    BadRequest.json(method, "", user, body, "").headers(),
                    utf8(body),
                    false,
                    "method " + method));
  }

  private static String percentEncodeAll(String id) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
    }
    return encoded.toString();
  }

  private static byte[] insertInFirstString(String json, byte bad) {
    byte[] bytes = utf8(json);
    int quote = json.indexOf(':') + 2;
    byte[] changed = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, changed, 0, quote);
    changed[quote] = bad;
    System.arraycopy(bytes, quote, changed, quote + 1, bytes.length - quote);
    return changed;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + ")";
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
