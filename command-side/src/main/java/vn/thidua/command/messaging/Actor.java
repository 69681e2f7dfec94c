package vn.thidua.command.messaging;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;
import vn.thidua.events.MetadataKeys;

/** Who sent a command, as its metadata tells the aggregate. */
public record Actor(String userId, String unitId, Set<String> roles) {
  public static Actor from(MetaData metaData) {
    Object roles = metaData.getOrDefault(MetadataKeys.USER_ROLES, "");
    return new Actor(
        (String) metaData.get(MetadataKeys.USER_ID),
        (String) metaData.get(MetadataKeys.USER_UNIT_ID),
        Arrays.stream(roles.toString().split(","))
            .filter(role -> !role.isBlank())
            .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean is(String role) {
    return roles.contains(role);
  }
}
