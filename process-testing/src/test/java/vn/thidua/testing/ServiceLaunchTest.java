package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceLaunchTest {
  @Test
  void refusesToLaunchAJarThatWasNotBuilt() {
    System.setProperty("thidua.testing.missingJar", "/nonexistent/service-exec.jar");

    assertThatThrownBy(
            () -> ServiceProcess.fromJar("service", "thidua.testing.missingJar").launch())
        .hasMessage("Build the services first; missing /nonexistent/service-exec.jar");
  }

  @Test
  void namesTheMissingSystemPropertyWhenTheBuildDidNotSetIt() {
    assertThatThrownBy(() -> ServiceProcess.fromJar("service", "thidua.testing.unset").launch())
        .hasMessageContaining("system property thidua.testing.unset");
  }
}
