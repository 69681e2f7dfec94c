package vn.thidua.support.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local mode: the built-in users and the secret that signs the tokens both services accept.
 *
 * @param users built-in users (local only; production uses an OIDC provider)
 * @param jwtSecret HMAC secret shared by both services, at least 32 bytes
 * @param tokenLifetime how long an issued token is valid
 * @param corsOrigins origins whose pages may call this service from a browser (the UI, served by
 *     the query side, calls the command side across origins)
 */
@ConfigurationProperties("thidua.security")
public record SecurityProperties(
    List<LocalUser> users, String jwtSecret, Duration tokenLifetime, List<String> corsOrigins) {
  public static final String DEFAULT_UI_ORIGIN = "http://localhost:8082";

  public SecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
    tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
    corsOrigins = corsOrigins == null ? List.of(DEFAULT_UI_ORIGIN) : List.copyOf(corsOrigins);
  }
}
