package vn.thidua.command.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Bad reads of the command side: aggregate history and the integrity check. */
final class ReadRequests {
  private ReadRequests() {}

  static Arbitrary<BadRequest> historyAndIntegrity(String user) {
    Arbitrary<String> type =
        Arbitraries.oneOf(
            Arbitraries.of(
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
    Arbitrary<String> id =
        Arbitraries.oneOf(
            Arbitraries.of("FZ-1", "%20", "..", "%2e%2e", "a%00b", "%ZZ", "%FF"),
            BadValues.anyText(80).filter(text -> !text.isEmpty()).map(ReadRequests::encode),
            Arbitraries.integers().between(256, 9_000).map("x"::repeat));
    Arbitrary<String> query =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            BadValues.anyText(40)
                .map(text -> "?from=" + encode(text) + "&size=-1&page=99999999999"),
            Arbitraries.of("?&&&", "?a=%ZZ", "?=", "?x=" + "y".repeat(5_000)));
    Arbitrary<String> method = Arbitraries.of("GET", "GET", "GET", "POST", "DELETE", "PUT");
    return Arbitraries.oneOf(
        Arbitraries.of("/api/integrity/verify", "/api/integrity/head")
            .flatMap(path -> query.flatMap(q -> method.map(m -> request(m, path + q, user)))),
        type.flatMap(
            t ->
                id.flatMap(
                    i ->
                        query.flatMap(
                            q ->
                                method.map(
                                    m -> request(m, "/api/history/" + t + "/" + i + q, user))))));
  }

  private static BadRequest request(String method, String target, String user) {
    return new BadRequest(
            method,
            target,
            BadRequest.json(method, target, user, "", "").headers(),
            new byte[0],
            false,
            method + " read")
        .withHeader("Content-Type", null);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
