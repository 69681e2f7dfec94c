package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpReadinessTest {
  private Process sleeper;

  @BeforeEach
  void startAProcessThatStaysUp() throws IOException {
    sleeper = new ProcessBuilder("sleep", "60").start();
  }

  @AfterEach
  void stopIt() {
    Processes.kill(sleeper.toHandle());
  }

  @Test
  void returnsOnceTheHealthEndpointAnswersUp() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext(
        "/actuator/health",
        exchange -> {
          byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://localhost:" + server.getAddress().getPort();
      ProcessLog log = ProcessLog.createTemporary("readiness-");

      HttpReadiness.healthUp(url).await("stub", sleeper, log, Duration.ofSeconds(10));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void givesUpWithTheLogWhenNothingAnswersInTime() throws IOException {
    ProcessLog log = ProcessLog.createTemporary("readiness-");
    java.nio.file.Files.writeString(log.file(), "Started nothing\n");
    String nobody = "http://localhost:" + FreePorts.next();

    assertThatThrownBy(
            () ->
                HttpReadiness.healthUp(nobody).await("stub", sleeper, log, Duration.ofMillis(600)))
        .hasMessageContaining("stub was not ready at " + nobody + "/actuator/health")
        .hasMessageContaining("Started nothing");
  }

  @Test
  void givesUpAtOnceWithTheLogWhenTheProcessExits() throws Exception {
    ProcessLog log = ProcessLog.createTemporary("readiness-");
    Process failing =
        new ProcessBuilder("sh", "-c", "echo 'APPLICATION FAILED TO START'; exit 1")
            .redirectErrorStream(true)
            .redirectOutput(log.file().toFile())
            .start();
    failing.waitFor();
    String nobody = "http://localhost:" + FreePorts.next();

    assertThatThrownBy(
            () -> HttpReadiness.healthUp(nobody).await("stub", failing, log, Duration.ofMinutes(1)))
        .hasMessageStartingWith("stub exited:")
        .hasMessageContaining("APPLICATION FAILED TO START");
    assertThat(failing.exitValue()).isEqualTo(1);
  }
}
