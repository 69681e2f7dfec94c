package vn.thidua.command.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users of local mode (password thidua-local), as Basic credentials. */
final class FuzzUsers {
  static final String ADMIN = "quantri";

  private FuzzUsers() {}

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }
}
