package vn.thidua.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.HttpReadiness;
import vn.thidua.testing.ProcessLog;

/**
 * Keycloak's server distribution (unpacked by Maven) started as {@code kc.sh start-dev
 * --import-realm} on free ports, with an in-memory database so each run starts from the realm
 * export. Keycloak needs Java 21 or newer, while the build may run on 17.
 */
final class KeycloakServer implements AutoCloseable {
  static final String REALM = "thidua";
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final ProcessLog log;
  private final int port;
  private final String adminPassword;
  private Duration startup;

  private KeycloakServer(Process process, ProcessLog log, int port, String adminPassword) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.adminPassword = adminPassword;
  }

  static KeycloakServer start(Path home, Path realm) {
    try {
      if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
        throw new IllegalStateException("No Keycloak distribution in " + home);
      }
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      int port = FreePorts.next();
      String adminPassword = UUID.randomUUID().toString();
      ProcessLog log = ProcessLog.at(home.resolveSibling("keycloak-" + port + ".log"));
      ProcessBuilder builder =
          new ProcessBuilder(
                  "bash",
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--import-realm",
                  "--db=dev-mem",
                  "--http-port=" + port,
                  "--http-management-port=" + FreePorts.next())
              .redirectErrorStream(true)
              .redirectOutput(log.file().toFile());
      Map<String, String> environment = builder.environment();
      environment.put("JAVA_HOME", javaHome().toString());
      // the master realm's admin signs in to get a token of another issuer
      environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      Instant started = Instant.now();
      KeycloakServer server = new KeycloakServer(builder.start(), log, port, adminPassword);
      // should the test JVM be stopped before @AfterAll, Keycloak must not outlive it
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-keycloak"));
      try {
        server.awaitRealm();
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      server.startup = Duration.between(started, Instant.now());
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The issuer of the thidua realm's tokens, as the services are configured with it. */
  String issuerUri() {
    return issuerUri(REALM);
  }

  Duration startup() {
    return startup;
  }

  /** An access token by the password grant, as a test or curl gets one. */
  String passwordGrant(String realm, String clientId, String username, String password) {
    String form =
        Stream.of(
                Map.entry("grant_type", "password"),
                Map.entry("client_id", clientId),
                Map.entry("username", username),
                Map.entry("password", password),
                Map.entry("scope", "openid"))
            .map(
                field ->
                    field.getKey()
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(issuerUri(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "No token for " + username + " from " + realm + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body()).path("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token of the master realm's admin: a real Keycloak token, but of another issuer. */
  String masterRealmAdminToken() {
    return passwordGrant("master", "admin-cli", "admin", adminPassword);
  }

  /**
   * Lets the UI client sign users in from {@code origin}: the realm lists the UI of ./run.sh and
   * docker-compose (port 8082), a test's query side runs on a free port.
   */
  void allowUiAt(String origin) {
    try {
      String admin = masterRealmAdminToken();
      URI clients = URI.create(adminUri() + "/clients?clientId=thidua-ui");
      ObjectNode client =
          (ObjectNode)
              JSON.readTree(
                      send(HttpRequest.newBuilder(clients)
                              .header("Authorization", "Bearer " + admin)
                              .build())
                          .body())
                  .path(0);
      ((ArrayNode) client.withArray("redirectUris")).add(origin + "/ui/*");
      ((ArrayNode) client.withArray("webOrigins")).add(origin);
      ObjectNode attributes = client.withObject("attributes");
      attributes.put(
          "post.logout.redirect.uris",
          attributes.path("post.logout.redirect.uris").asText() + "##" + origin + "/ui/*");
      HttpResponse<String> updated =
          send(
              HttpRequest.newBuilder(
                      URI.create(adminUri() + "/clients/" + client.path("id").asText()))
                  .header("Authorization", "Bearer " + admin)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                  .build());
      if (updated.statusCode() != 204) {
        throw new IllegalStateException("Keycloak refused the UI's address: " + updated.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String adminUri() {
    return "http://localhost:" + port + "/admin/realms/" + REALM;
  }

  /** Stops Keycloak and whatever it started (kc.sh may run java as a child). */
  @Override
  public void close() {
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plusSeconds(30);
    for (ProcessHandle handle : tree) {
      try {
        handle
            .onExit()
            .get(
                Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                TimeUnit.MILLISECONDS);
      } catch (Exception notStopped) {
        handle.destroyForcibly();
      }
    }
  }

  private String issuerUri(String realm) {
    return "http://localhost:" + port + "/realms/" + realm;
  }

  /** The realm is imported once its discovery document is served. */
  private void awaitRealm() {
    new HttpReadiness(
            URI.create(issuerUri() + "/.well-known/openid-configuration"),
            discovery -> discovery.statusCode() == 200)
        .await("Keycloak", process, log, STARTUP_TIMEOUT);
  }

  /**
   * Keycloak 26 needs Java 21+: KEYCLOAK_JAVA_HOME, else the running JVM if new enough, else the
   * newest Temurin JDK under /usr/lib/jvm (installed beside the default Java 17 here).
   */
  static Path javaHome() {
    String override = System.getenv("KEYCLOAK_JAVA_HOME");
    if (override != null && !override.isBlank()) {
      Path home = Path.of(override);
      if (featureVersion(home).orElse(0) < 21) {
        throw new IllegalStateException(
            "KEYCLOAK_JAVA_HOME=" + override + " is not a Java 21 or newer installation");
      }
      return home;
    }
    Path running = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() >= 21) {
      return running;
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> installed = Files.list(jvms)) {
        Optional<Path> temurin =
            installed
                .filter(home -> home.getFileName().toString().startsWith("temurin-"))
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home).orElse(0) >= 21)
                .max(Comparator.comparing(home -> featureVersion(home).orElse(0)));
        if (temurin.isPresent()) {
          return temurin.get();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException(
        "Keycloak needs Java 21 or newer, but this build runs on Java "
            + Runtime.version().feature()
            + " and no Temurin JDK 21+ was found under /usr/lib/jvm; set KEYCLOAK_JAVA_HOME to one");
  }

  /** The major version from a JDK's {@code release} file, e.g. 25 for JAVA_VERSION="25.0.1". */
  private static Optional<Integer> featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(release)) {
      return lines
          .filter(line -> line.startsWith("JAVA_VERSION="))
          .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
          .map(version -> version.split("[.+-]")[0])
          .filter(major -> major.matches("\\d+"))
          .map(Integer::valueOf)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
