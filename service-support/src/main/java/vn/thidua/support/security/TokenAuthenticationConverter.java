package vn.thidua.support.security;

import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads who is acting from a token, local or issued by an OIDC provider: the user name from {@code
 * preferred_username} (Keycloak's {@code sub} is an opaque id; events should name the user as in
 * local mode), else {@code sub}; the roles from {@code roles}, keeping only ours, since a provider
 * adds its own (Keycloak: offline_access, uma_authorization, default-roles-thidua). A token naming
 * no user is refused.
 */
final class TokenAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
  static final String USERNAME_CLAIM = "preferred_username";

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    List<String> roleNames =
        token.hasClaim(CurrentUser.ROLES_CLAIM)
            ? token.getClaimAsStringList(CurrentUser.ROLES_CLAIM)
            : List.of();
    List<GrantedAuthority> authorities =
        roleNames.stream()
            .map(Role::named)
            .flatMap(Optional::stream)
            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
            .toList();
    String username = token.getClaimAsString(USERNAME_CLAIM);
    String name = username == null || username.isBlank() ? token.getSubject() : username;
    if (name == null || name.isBlank()) {
      // a signed token that names nobody cannot act nor be traded for a token: 401, not a 500 later
      throw new InvalidBearerTokenException("the token names no user");
    }
    return new JwtAuthenticationToken(token, authorities, name);
  }
}
