package vn.thidua.support.security;

import java.time.Instant;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Local mode's login: trade the Basic credentials for a token that both services accept. */
@RestController
@Conditional(LocalModeCondition.class)
public class TokenController {
  private final JwtEncoder encoder;
  private final SecurityProperties properties;

  TokenController(JwtEncoder encoder, SecurityProperties properties) {
    this.encoder = encoder;
    this.properties = properties;
  }

  @PostMapping("/api/auth/token")
  public Map<String, Object> issueToken(Authentication authentication) {
    CurrentUser user = CurrentUser.from(authentication);
    Instant now = Instant.now();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer("thidua-local")
            .subject(user.userId())
            .issuedAt(now)
            .expiresAt(now.plus(properties.tokenLifetime()))
            .claim(CurrentUser.UNIT_CLAIM, user.unitId() == null ? "" : user.unitId())
            .claim(CurrentUser.ROLES_CLAIM, user.roles().stream().map(Role::name).toList())
            .build();
    String token =
        encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
            .getTokenValue();
    return Map.of(
        "access_token",
        token,
        "token_type",
        "Bearer",
        "expires_in",
        properties.tokenLifetime().toSeconds());
  }
}
