package vn.thidua.support.security;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do; an OIDC provider's own roles (offline_access...) are none of these. */
public enum Role {
  ADMIN,
  ORGANISER,
  CLERK,
  UNIT_HEAD,
  EMULATION_OFFICER,
  COUNCIL_MEMBER,
  DECIDER,
  AUDITOR,
  ANALYST;

  static final String AUTHORITY_PREFIX = "ROLE_";

  public String authority() {
    return AUTHORITY_PREFIX + name();
  }

  /** The role of that name, or empty for a name that is not one of ours. */
  public static Optional<Role> named(String name) {
    return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
  }
}
