package vn.thidua.command.authorization;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.support.security.Role;

/** Who calls in a matrix cell: nobody signed in, or a user holding exactly one role. */
record Caller(Role role) {
  static final Caller ANONYMOUS = new Caller(null);

  static List<Caller> all() {
    return Stream.concat(Stream.of(ANONYMOUS), Arrays.stream(Role.values()).map(Caller::new))
        .toList();
  }

  boolean signedIn() {
    return role != null;
  }

  @Override
  public String toString() {
    return role == null ? "ANONYMOUS" : role.name();
  }
}
