package vn.thidua.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated bad input: the raw request line target, headers and body bytes, and what was done
 * to it (printed when it fails, so it can be replayed by hand).
 */
public record BadRequest(
    String method,
    String target,
    Map<String, String> headers,
    byte[] body,
    boolean chunked,
    String description) {

  public static BadRequest json(
      String method, String target, String user, String body, String description) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", FuzzUsers.basic(user));
    headers.put("Content-Type", "application/json");
    return new BadRequest(
        method, target, headers, body.getBytes(StandardCharsets.UTF_8), false, description);
  }

  /** A body-less request with the user's credentials and no content type, e.g. a GET. */
  public static BadRequest read(String method, String target, String user) {
    return json(method, target, user, "", method + " read").withHeader("Content-Type", null);
  }

  /** This request with the headers set (or removed, for a null value), each one described. */
  public BadRequest withHeaders(List<Map.Entry<String, String>> changes) {
    BadRequest changed = this;
    for (Map.Entry<String, String> one : changes) {
      changed =
          changed
              .withHeader(one.getKey(), one.getValue())
              .describedAlso(one.getKey() + ": " + one.getValue());
    }
    return changed;
  }

  public BadRequest withHeader(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    if (value == null) {
      changed.remove(name);
    } else {
      changed.put(name, value);
    }
    return new BadRequest(method, target, changed, body, chunked, description);
  }

  public BadRequest withBody(byte[] newBody, String what) {
    return new BadRequest(method, target, headers, newBody, chunked, description + "; " + what);
  }

  public BadRequest chunkedBody() {
    return new BadRequest(method, target, headers, body, true, description + "; chunked");
  }

  public BadRequest describedAlso(String what) {
    return new BadRequest(method, target, headers, body, chunked, description + "; " + what);
  }

  @Override
  public String toString() {
    String text = new String(body, StandardCharsets.UTF_8);
    return method
        + " "
        + abbreviate(target)
        + " "
        + headers.keySet()
        + " body="
        + abbreviate(text)
        + " ("
        + description
        + ")";
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
  }
}
