package vn.thidua.support.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local user as Spring Security sees it, keeping the unit the user acts for. */
final class LocalUserDetails extends User {
  private final String unitId;

  LocalUserDetails(LocalUser user) {
    super(
        user.username(),
        user.password(),
        user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    this.unitId = user.unitId();
  }

  String unitId() {
    return unitId;
  }
}
