package vn.thidua.support.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is acting: the authenticated user, the court unit they act for, and their roles. */
public record CurrentUser(String userId, String unitId, Set<Role> roles) {
  static final String UNIT_CLAIM = "unit";
  static final String ROLES_CLAIM = "roles";

  public static CurrentUser from(Authentication authentication) {
    Set<Role> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith(Role.AUTHORITY_PREFIX))
            .map(authority -> Role.named(authority.substring(Role.AUTHORITY_PREFIX.length())))
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
    String unitId = null;
    if (authentication.getPrincipal() instanceof LocalUserDetails local) {
      unitId = local.unitId();
    } else if (authentication instanceof JwtAuthenticationToken jwt) {
      unitId = jwt.getToken().getClaimAsString(UNIT_CLAIM);
    }
    return new CurrentUser(authentication.getName(), unitId, roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public String rolesAsText() {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}
