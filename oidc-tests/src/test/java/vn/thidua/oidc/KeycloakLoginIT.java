package vn.thidua.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.ServiceProcess;

/**
 * Production login against a real Keycloak: both services run as processes in OIDC mode with the
 * realm export of deploy/keycloak, and users sign in with Keycloak's tokens. Tokens Keycloak did
 * not sign for this realm and this API, and the built-in users of local mode, get no further than
 * 401.
 */
class KeycloakLoginIT {
  private static final String PASSWORD = "thidua-local";
  private static final String CLIENT = "thidua-ui";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Instant testStarted;
  private static EmbeddedStores stores;
  private static KeycloakServer keycloak;
  private static ServiceProcess commandSide;
  private static ServiceProcess querySide;

  @BeforeAll
  static void startKeycloakAndTheServicesInOidcMode() throws Exception {
    testStarted = Instant.now();
    stores = EmbeddedStores.startThrowaway();
    keycloak =
        KeycloakServer.start(
            Path.of(System.getProperty("thidua.keycloakHome")),
            Path.of(System.getProperty("thidua.keycloakRealm")));
    System.out.printf("Keycloak served the realm after %d ms%n", keycloak.startup().toMillis());
    int commandPort = FreePorts.next();
    int queryPort = FreePorts.next();
    String uiOrigin = "http://localhost:" + queryPort;
    keycloak.allowUiAt(uiOrigin);
    Map<String, String> environment =
        Map.of(
            "THIDUA_EVENTSTORE_URL",
            stores.postgresJdbcUrl(),
            "THIDUA_EVENTSTORE_USER",
            EmbeddedStores.USER,
            "THIDUA_EVENTSTORE_PASSWORD",
            EmbeddedStores.PASSWORD,
            "THIDUA_MONGODB_URI",
            stores.mongoUri(),
            "THIDUA_OIDC_ISSUER_URI",
            keycloak.issuerUri(),
            "THIDUA_SECURITY_CORSORIGINS",
            uiOrigin,
            "THIDUA_UI_COMMANDURL",
            "http://localhost:" + commandPort);
    commandSide =
        ServiceProcess.fromJar("command-side", "thidua.commandSideJar")
            .port(commandPort)
            .environment(environment)
            .start(Duration.ofSeconds(90));
    querySide =
        ServiceProcess.fromJar("query-side", "thidua.querySideJar")
            .port(queryPort)
            .environment(environment)
            .start(Duration.ofSeconds(90));

    String admin = token("quantri");
    assertThat(post(admin, "/api/units", unit("TAND-QN", "TAND tỉnh Quảng Ninh")).statusCode())
        .isEqualTo(201);
    assertThat(post(admin, "/api/units", unit("TAND-HN", "TAND thành phố Hà Nội")).statusCode())
        .isEqualTo(201);
  }

  @AfterAll
  static void stopEverything() {
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (stores != null) {
      stores.close();
    }
    System.out.printf(
        "OIDC test with Keycloak took %d ms in all%n",
        Duration.between(testStarted, Instant.now()).toMillis());
  }

  /**
   * The staff UI in OIDC mode: the user signs in on Keycloak's page (authorization code flow with
   * PKCE), comes back signed in, and the UI's token works across origins on the command side.
   */
  @Test
  void aClerkSignsInToTheUiAtKeycloakAndItsTokenRecordsForTheirUnit() throws Exception {
    assumeTrue(
        UiBrowser.installed(),
        "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    try (UiBrowser browser = new UiBrowser()) {
      browser.driver.get(querySide.url() + "/ui/#caseload");
      browser.waitFor(By.cssSelector("[data-testid=provider-login]")).click();

      browser.waitFor(By.id("username")).sendKeys("thuky.qn");
      browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.driver.findElement(By.id("kc-login")).click();

      browser.waitFor(By.cssSelector("[data-testid=page-caseload]"));
      assertThat(browser.driver.findElement(By.id("who")).getText())
          .contains("thuky.qn")
          .contains("CLERK");
      assertThat(browser.driver.getCurrentUrl()).doesNotContain("code=");
      Object status =
          browser.driver.executeAsyncScript(
              """
              const done = arguments[arguments.length - 1];
              const session = JSON.parse(sessionStorage.getItem('thidua.session'));
              fetch(session.commandUrl + '/api/cases', {
                method: 'POST',
                headers: { Authorization: 'Bearer ' + session.token, 'Content-Type': 'application/json' },
                body: arguments[0],
              }).then((response) => done(response.status), (error) => done(String(error)));
              """,
              acceptCase("OIDC-UI-QN-1", "TAND-QN"));
      assertThat(status).isEqualTo(201L);
      JsonNode who =
          getJson(commandSide, token("kiemtra"), "/api/history/CourtCase/OIDC-UI-QN-1")
              .path("events")
              .path(0)
              .path("who");
      assertThat(who.path("userId").asText()).isEqualTo("thuky.qn");

      browser.driver.findElement(By.id("logout")).click();
      browser.waitFor(By.cssSelector("[data-testid=provider-login]"));
      assertThat(browser.driver.executeScript("return sessionStorage.getItem('thidua.session')"))
          .isNull();
    }
  }

  @Test
  void aClerkRecordsForTheirOwnUnitAndTheEventNamesTheirKeycloakUsername() throws Exception {
    String clerk = token("thuky.qn");
    // Keycloak's own roles come along in the claim; they must be ignored, not refused
    assertThat(claims(clerk).path("roles").toString())
        .contains("CLERK", "offline_access", "uma_authorization", "default-roles-thidua");

    HttpResponse<String> accepted = post(clerk, "/api/cases", acceptCase("OIDC-QN-1", "TAND-QN"));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    JsonNode history = getJson(commandSide, token("kiemtra"), "/api/history/CourtCase/OIDC-QN-1");
    JsonNode who = history.path("events").path(0).path("who");
    assertThat(who.path("userId").asText()).isEqualTo("thuky.qn");
    assertThat(who.path("unitId").asText()).isEqualTo("TAND-QN");
    assertThat(who.path("roles").asText()).isEqualTo("CLERK");
  }

  @Test
  void aClerkCannotRecordForAnotherUnit() throws Exception {
    HttpResponse<String> refused =
        post(token("thuky.qn"), "/api/cases", acceptCase("OIDC-HN-1", "TAND-HN"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
  }

  @Test
  void anAuditorCannotWrite() throws Exception {
    HttpResponse<String> refused =
        post(token("kiemtra"), "/api/cases", acceptCase("OIDC-QN-2", "TAND-QN"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
  }

  @Test
  void theQuerySideAnswersAKeycloakTokenWithWhatTheAdminRegistered() {
    String analyst = token("phantich");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(getJson(querySide, analyst, "/api/units").toString())
                    .contains("TAND-QN", "TAND-HN"));
  }

  @Test
  void withoutATokenBothServicesAnswer401() throws Exception {
    HttpResponse<String> anonymous = get(commandSide, null, "/api/history/CourtCase/OIDC-QN-1");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    // only tokens are asked for: no browser should offer a Basic login for the demo users
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(get(querySide, null, "/api/units").statusCode()).isEqualTo(401);
    assertThat(post(null, "/api/cases", acceptCase("OIDC-QN-3", "TAND-QN")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theBuiltInUsersOfLocalModeCannotSignIn() throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("quantri:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    assertThat(
            send(commandSide, basic, "GET", "/api/history/CourtCase/OIDC-QN-1", null).statusCode())
        .isEqualTo(401);
    assertThat(send(querySide, basic, "GET", "/api/units", null).statusCode()).isEqualTo(401);
    assertThat(send(commandSide, basic, "POST", "/api/auth/token", "").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenOfAnotherIssuerIsRejected() throws Exception {
    String masterRealm = keycloak.masterRealmAdminToken();

    assertThat(post(masterRealm, "/api/units", unit("TAND-X", "Giả mạo")).statusCode())
        .isEqualTo(401);
    assertThat(get(querySide, masterRealm, "/api/units").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenOfThisRealmForAnotherClientIsRejected() throws Exception {
    // admin-cli tokens carry neither the thidua-api audience nor our claims
    String otherClient =
        keycloak.passwordGrant(KeycloakServer.REALM, "admin-cli", "quantri", PASSWORD);

    assertThat(claims(otherClient).path("aud").toString()).doesNotContain("thidua-api");
    assertThat(post(otherClient, "/api/units", unit("TAND-X", "Giả mạo")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aKeycloakTokenWithAlteredClaimsIsRejected() throws Exception {
    String genuine = token("thuky.qn");
    String[] parts = genuine.split("\\.");
    ObjectNode claims = (ObjectNode) claims(genuine);
    claims.put("unit", "TAND-HN");
    claims.withArray("roles").add("ADMIN");
    String altered =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims))
            + "."
            + parts[2];

    assertThat(post(altered, "/api/cases", acceptCase("OIDC-HN-2", "TAND-HN")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherKeyUnderKeycloaksKeyIdIsRejected() throws Exception {
    String keyId = header(token("quantri")).path("kid").asText();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    RSAKey forger =
        new RSAKey.Builder((RSAPublicKey) keys.getPublic())
            .privateKey((RSAPrivateKey) keys.getPrivate())
            .keyID(keyId)
            .keyUse(KeyUse.SIGNATURE)
            .build();
    String forged =
        new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(forger)))
            .encode(
                JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build(),
                    adminClaims(keycloak.issuerUri())))
            .getTokenValue();

    assertThat(post(forged, "/api/units", unit("TAND-X", "Giả mạo")).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenInTheFormatOfLocalModeIsRejected() throws Exception {
    byte[] localSecret =
        "local-only-secret-change-me-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    String local =
        new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(localSecret, "HmacSHA256")))
            .encode(
                JwtEncoderParameters.from(
                    JwsHeader.with(MacAlgorithm.HS256).build(), adminClaims("thidua-local")))
            .getTokenValue();

    assertThat(post(local, "/api/units", unit("TAND-X", "Giả mạo")).statusCode()).isEqualTo(401);
  }

  private static JwtClaimsSet adminClaims(String issuer) {
    Instant now = Instant.now();
    return JwtClaimsSet.builder()
        .issuer(issuer)
        .subject("quantri")
        .audience(List.of("thidua-api"))
        .issuedAt(now)
        .expiresAt(now.plus(Duration.ofMinutes(5)))
        .claim("preferred_username", "quantri")
        .claim("unit", "TANDTC")
        .claim("roles", List.of("ADMIN"))
        .build();
  }

  private static String token(String username) {
    return keycloak.passwordGrant(KeycloakServer.REALM, CLIENT, username, PASSWORD);
  }

  private static JsonNode claims(String token) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static JsonNode header(String token) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
  }

  private static String unit(String unitId, String name) {
    return "{\"unitId\":\"%s\",\"name\":\"%s\",\"level\":\"PROVINCIAL\",\"judges\":30}"
        .formatted(unitId, name);
  }

  private static String acceptCase(String caseId, String unitId) {
    return "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
        .formatted(caseId, unitId);
  }

  private static HttpResponse<String> post(String token, String path, String body)
      throws IOException, InterruptedException {
    return send(commandSide, bearer(token), "POST", path, body);
  }

  private static HttpResponse<String> get(ServiceProcess service, String token, String path)
      throws IOException, InterruptedException {
    return send(service, bearer(token), "GET", path, null);
  }

  private static JsonNode getJson(ServiceProcess service, String token, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response = get(service, token, path);
    assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String bearer(String token) {
    return token == null ? null : "Bearer " + token;
  }

  private static HttpResponse<String> send(
      ServiceProcess service, String authorization, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service.url() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
