package vn.thidua.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users of local mode (password thidua-local), as Basic credentials. */
public final class FuzzUsers {
  public static final String ADMIN = "quantri";
  public static final String ANALYST = "phantich";
  public static final String AUDITOR = "kiemtra";

  private FuzzUsers() {}

  public static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }
}
