package vn.thidua.faults;

import java.time.Duration;
import java.util.Map;
import vn.thidua.testing.ServiceLaunch;
import vn.thidua.testing.ServiceProcess;

/**
 * The services as the scenarios start them: on a free port, 120 seconds to become healthy, each log
 * left in the temporary folder as {@code fault-<name>-*.log} (docs/features/faults.md).
 */
final class Services {
  private static final Duration STARTUP = Duration.ofSeconds(120);

  private Services() {}

  /** Starts the service and waits until it answers healthy. */
  static ServiceProcess start(String name, String jarProperty, Map<String, String> environment) {
    return launcher(name, jarProperty, environment).start(STARTUP);
  }

  /** Starts the service without waiting, so two can start side by side. */
  static ServiceProcess launch(String name, String jarProperty, Map<String, String> environment) {
    return launcher(name, jarProperty, environment).launch();
  }

  private static ServiceLaunch launcher(
      String name, String jarProperty, Map<String, String> environment) {
    return ServiceProcess.fromJar(name, jarProperty)
        .environment(environment)
        .logPrefix("fault-" + name + "-");
  }
}
