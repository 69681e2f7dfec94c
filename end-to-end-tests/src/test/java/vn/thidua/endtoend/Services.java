package vn.thidua.endtoend;

import java.time.Duration;
import java.util.Map;
import vn.thidua.testing.ServiceProcess;

/** Both services as the scenarios start them: a free port each, 90 seconds to become healthy. */
final class Services {
  private static final Duration STARTUP = Duration.ofSeconds(90);

  private Services() {}

  static ServiceProcess commandSide(Map<String, String> environment) {
    return ServiceProcess.fromJar("command-side", "thidua.commandSideJar")
        .environment(environment)
        .start(STARTUP);
  }

  static ServiceProcess querySide(Map<String, String> environment) {
    return ServiceProcess.fromJar("query-side", "thidua.querySideJar")
        .environment(environment)
        .start(STARTUP);
  }
}
