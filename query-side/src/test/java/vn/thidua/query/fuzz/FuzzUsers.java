package vn.thidua.query.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users of local mode (password thidua-local), as Basic credentials. */
final class FuzzUsers {
  static final String ANALYST = "phantich";
  static final String AUDITOR = "kiemtra";

  private FuzzUsers() {}

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }
}
