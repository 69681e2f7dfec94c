package vn.thidua.command.authorization;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.support.authorization.Endpoint;
import vn.thidua.support.security.Role;

/**
 * One row of the written policy: who may call an endpoint, on which targets.
 *
 * @param targets what the matrix aims the endpoint at ({@link Target#NONE} when it names no unit)
 * @param audience everybody, every signed-in user, or only the roles in {@code grants}
 * @param grants per role, the targets it may act on; a role that is absent may not call at all
 * @param scopedPerRow the unit scope is checked row by row of an uploaded file: a refused row is
 *     reported in the answer and writes nothing, the other rows go on
 */
record Rule(
    Endpoint endpoint,
    List<Target> targets,
    Audience audience,
    Map<Role, Set<Target>> grants,
    boolean scopedPerRow) {

  enum Audience {
    EVERYBODY,
    SIGNED_IN,
    GRANTED_ROLES
  }

  boolean allows(Caller caller, Target target) {
    return switch (audience) {
      case EVERYBODY -> true;
      case SIGNED_IN -> caller.signedIn();
      case GRANTED_ROLES ->
          caller.signedIn() && grants.getOrDefault(caller.role(), Set.of()).contains(target);
    };
  }

  /** The role may call the endpoint on some target: a refusal is then a matter of unit scope. */
  boolean grantsRole(Caller caller) {
    return caller.signedIn() && !grants.getOrDefault(caller.role(), Set.of()).isEmpty();
  }

  /** The row in words, for the documentation and the test names. */
  String describeGrants() {
    return switch (audience) {
      case EVERYBODY -> "everybody, also without signing in";
      case SIGNED_IN -> "every signed-in user";
      case GRANTED_ROLES ->
          grants.entrySet().stream()
              .map(
                  grant ->
                      grant.getKey()
                          + (grant.getValue().equals(Set.of(Target.NONE))
                              ? ""
                              : grant.getValue().stream()
                                  .map(Target::label)
                                  .collect(Collectors.joining(", ", " (", ")"))))
              .collect(Collectors.joining("; "));
    };
  }

  static Builder on(String method, String path) {
    return new Builder(new Endpoint(method, path));
  }

  static final class Builder {
    private final Endpoint endpoint;
    private List<Target> targets = List.of(Target.NONE);
    private final Map<Role, Set<Target>> grants = new EnumMap<>(Role.class);
    private boolean scopedPerRow;

    private Builder(Endpoint endpoint) {
      this.endpoint = endpoint;
    }

    /** The matrix aims every call at each of these targets. */
    Builder over(Target... targets) {
      this.targets = List.of(targets);
      return this;
    }

    Builder allow(Role role, Target... allowed) {
      grants.put(role, Set.copyOf(EnumSet.of(allowed[0], allowed)));
      return this;
    }

    /** Roles that may call an endpoint which names no unit. */
    Builder allow(Role... roles) {
      for (Role role : roles) {
        grants.put(role, Set.of(Target.NONE));
      }
      return this;
    }

    Builder scopedPerRow() {
      this.scopedPerRow = true;
      return this;
    }

    Rule granted() {
      grants.forEach(
          (role, allowed) -> {
            if (!targets.containsAll(allowed)) {
              throw new IllegalStateException(endpoint + ": " + role + " granted off-matrix");
            }
          });
      return new Rule(
          endpoint,
          targets,
          Audience.GRANTED_ROLES,
          Collections.unmodifiableMap(new EnumMap<>(grants)),
          scopedPerRow);
    }

    Rule signedIn() {
      return new Rule(endpoint, targets, Audience.SIGNED_IN, Map.of(), false);
    }

    Rule everybody() {
      return new Rule(endpoint, targets, Audience.EVERYBODY, Map.of(), false);
    }
  }
}
