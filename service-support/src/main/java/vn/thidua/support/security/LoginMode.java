package vn.thidua.support.security;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Local mode (built-in users, HTTP Basic, tokens from {@code POST /api/auth/token}) or OIDC mode (a
 * provider such as Keycloak issues the tokens; no built-in user can sign in). OIDC mode is on as
 * soon as the provider is configured, the same properties from which Boot builds the decoder.
 */
final class LoginMode {
  static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
  static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

  private LoginMode() {}

  static boolean isOidc(Environment environment) {
    return StringUtils.hasText(environment.getProperty(ISSUER_URI))
        || StringUtils.hasText(environment.getProperty(JWK_SET_URI));
  }
}
