package vn.thidua.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Tokens of Keycloak and of local mode name the same user and roles. */
class TokenAuthenticationConverterTest {
  private final TokenAuthenticationConverter converter = new TokenAuthenticationConverter();

  @Test
  void aKeycloakTokenNamesTheUserByTheirUsernameAndKeepsOnlyOurRoles() {
    Jwt keycloak =
        token()
            .subject("803c56b8-ba6c-472a-a34b-72315734c4a7")
            .claim("preferred_username", "thuky.qn")
            .claim("unit", "TAND-QN")
            .claim(
                "roles",
                List.of("CLERK", "offline_access", "default-roles-thidua", "uma_authorization"))
            .build();

    CurrentUser user = CurrentUser.from(converter.convert(keycloak));

    assertThat(user).isEqualTo(new CurrentUser("thuky.qn", "TAND-QN", Set.of(Role.CLERK)));
  }

  @Test
  void aLocalTokenNamesTheUserBySubject() {
    Jwt local =
        token()
            .subject("kiemtra")
            .claim("unit", "TANDTC")
            .claim("roles", List.of("AUDITOR"))
            .build();

    CurrentUser user = CurrentUser.from(converter.convert(local));

    assertThat(user.userId()).isEqualTo("kiemtra");
    assertThat(user.roles()).containsExactly(Role.AUDITOR);
  }

  @Test
  void aTokenWithoutOurRolesGrantsNone() {
    Jwt bare = token().subject("someone").claim("preferred_username", "someone").build();

    assertThat(converter.convert(bare).getAuthorities()).isEmpty();
    assertThat(CurrentUser.from(converter.convert(bare)).roles()).isEmpty();
  }

  /**
   * Found by the fuzz tests: such a token, signed with the local key, made the token endpoint 500.
   */
  @Test
  void aTokenNamingNoUserIsRefused() {
    Jwt nobody = token().claim("roles", List.of("ADMIN")).build();
    Jwt blank = token().subject(" ").claim("preferred_username", "").build();

    assertThatThrownBy(() -> converter.convert(nobody))
        .isInstanceOf(InvalidBearerTokenException.class);
    assertThatThrownBy(() -> converter.convert(blank))
        .isInstanceOf(InvalidBearerTokenException.class);
  }

  private static Jwt.Builder token() {
    return Jwt.withTokenValue("token")
        .header("alg", "RS256")
        .issuedAt(Instant.parse("2026-11-29T09:00:00Z"))
        .expiresAt(Instant.parse("2026-11-29T09:05:00Z"));
  }
}
