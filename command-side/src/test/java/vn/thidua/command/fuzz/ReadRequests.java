package vn.thidua.command.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.Gen;

/** Bad reads of the command side: aggregate history and the integrity check. */
final class ReadRequests {
  private ReadRequests() {}

  static Gen<BadRequest> historyAndIntegrity(String user) {
    Gen<String> type =
        Gen.oneOf(
            Gen.of(
                "Nomination",
                "Campaign",
                "CourtCase",
                "CourtUnit",
                "Ballot",
                "nomination",
                "Bogus",
                "java.lang.Object",
                ".."),
            BadValues.anyText(40).filter(text -> !text.isEmpty()).map(ReadRequests::encode));
    Gen<String> id =
        Gen.oneOf(
            Gen.of("FZ-1", "%20", "..", "%2e%2e", "a%00b", "%ZZ", "%FF"),
            BadValues.anyText(80).filter(text -> !text.isEmpty()).map(ReadRequests::encode),
            Gen.integers(256, 9_000).map("x"::repeat));
    Gen<String> query =
        Gen.oneOf(
            Gen.just(""),
            BadValues.anyText(40)
                .map(text -> "?from=" + encode(text) + "&size=-1&page=99999999999"),
            Gen.of("?&&&", "?a=%ZZ", "?=", "?x=" + "y".repeat(5_000)));
    Gen<String> method = Gen.of("GET", "GET", "GET", "POST", "DELETE", "PUT");
    return Gen.oneOf(
        Gen.of("/api/integrity/verify", "/api/integrity/head")
            .flatMap(
                path -> query.flatMap(q -> method.map(m -> BadRequest.read(m, path + q, user)))),
        type.flatMap(
            t ->
                id.flatMap(
                    i ->
                        query.flatMap(
                            q ->
                                method.map(
                                    m ->
                                        BadRequest.read(
                                            m, "/api/history/" + t + "/" + i + q, user))))));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
