package vn.thidua.command.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.Gen;

/**
 * Bad credentials against the token endpoint and a command: wrong or malformed Basic credentials
 * and bearer tokens that are garbage, unsigned, signed with another key, expired, or signed with
 * the local key but carrying odd claims (those may pass authentication; they are marked "signed").
 */
final class AuthRequests {
  /** The local-mode secret of thidua-local-users.yml. */
  private static final String LOCAL_SECRET = "local-only-secret-change-me-0123456789abcdef";

  private AuthRequests() {}

  static Gen<BadRequest> credentials() {
    Gen<String> authorization =
        Gen.oneOf(
            Gen.of("quantri", "thuky.qn", "kiemtra")
                .flatMap(
                    user ->
                        BadValues.anyText(40)
                            .filter(p -> !p.equals("thidua-local"))
                            .map(password -> basic(user + ":" + password))),
            BadValues.anyText(60).map(user -> basic(user + ":thidua-local")),
            BadValues.anyText(60).map(AuthRequests::basic),
            BadValues.anyText(80).map(text -> "Basic " + text),
            BadValues.anyText(80).map(text -> "Bearer " + text),
            Gen.of(
                "Basic",
                "Basic ",
                "Bearer",
                "Bearer ",
                "Digest username=\"quantri\"",
                "Negotiate abc",
                "Basic ====",
                "Basic cXVhbnRyaQ==",
                "Bearer a.b.c",
                "Bearer ..."),
            Gen.strings().alpha().ofLength(9_000).map(text -> "Bearer " + text),
            claims().map(claims -> "Bearer " + token("{\"alg\":\"none\"}", claims, null)),
            claims()
                .map(
                    claims ->
                        "Bearer "
                            + token(
                                "{\"alg\":\"HS256\"}",
                                claims,
                                "another-secret-that-is-long-enough-0123456789")),
            Gen.just("Bearer " + token("{\"alg\":\"HS256\"}", expired(), LOCAL_SECRET)),
            Gen.of(
                    "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                    "{\"alg\":\"HS512\"}",
                    "{\"alg\":\"RS256\"}",
                    "{}",
                    "[]")
                .flatMap(
                    header ->
                        claims()
                            .map(
                                claims ->
                                    "Bearer " + token(header, claims, LOCAL_SECRET) + " signed")));
    Gen<String> target =
        Gen.of("/api/auth/token", "/api/auth/token", "/api/units", "/api/cases/FZ-1/verdict");
    return authorization.flatMap(
        value ->
            target.map(
                path -> {
                  boolean signed = value.endsWith(" signed");
                  String header =
                      signed ? value.substring(0, value.length() - " signed".length()) : value;
                  String body = path.equals("/api/auth/token") ? "" : "{\"broken\":";
                  return BadRequest.json(
                          "POST", path, "x", body, signed ? "signed token" : "bad credentials")
                      .withHeader("Authorization", header)
                      .describedAlso(abbreviate(header));
                }));
  }

  private static Gen<String> claims() {
    long now = Instant.now().getEpochSecond();
    return Gen.oneOf(
        Gen.of(
            "{\"sub\":\"quantri\",\"exp\":"
                + (now + 3600)
                + ",\"roles\":\"ADMIN\",\"unit\":\"TANDTC\"}",
            "{\"sub\":\"quantri\",\"exp\":" + (now + 3600) + ",\"roles\":[{}],\"unit\":{}}",
            "{\"sub\":\"quantri\",\"exp\":" + (now + 3600) + ",\"roles\":[\"ROOT\",null,7]}",
            "{\"sub\":\"quantri\",\"exp\":" + (now + 3600) + ",\"roles\":12,\"unit\":[1]}",
            "{\"sub\":\"quantri\",\"exp\":\"tomorrow\"}",
            "{\"sub\":{},\"exp\":" + (now + 3600) + "}",
            "{\"exp\":" + (now + 3600) + "}",
            "{\"sub\":\"quantri\",\"exp\":" + (now + 3600) + ",\"nbf\":" + (now + 7200) + "}",
            "{\"sub\":\"quantri\",\"exp\":99999999999999999999}",
            "{}",
            "[]",
            "not json"),
        BadValues.anyText(30)
            .map(
                sub ->
                    "{\"sub\":\""
                        + sub.replace("\\", "").replace("\"", "")
                        + "\",\"exp\":"
                        + (now + 3600)
                        + ",\"roles\":[\"ADMIN\"]}"));
  }

  private static String expired() {
    return "{\"sub\":\"quantri\",\"iss\":\"thidua-local\",\"exp\":1000000000,\"roles\":[\"ADMIN\"],\"unit\":\"TANDTC\"}";
  }

  private static String token(String header, String claims, String secret) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        url.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    if (secret == null) {
      return signingInput + ".";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput
          + "."
          + url.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
