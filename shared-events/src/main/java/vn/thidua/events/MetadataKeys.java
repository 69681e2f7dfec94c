package vn.thidua.events;

/** Keys of the metadata every command and event carries: who made it and in which flow. */
public final class MetadataKeys {
  public static final String USER_ID = "userId";
  public static final String USER_UNIT_ID = "userUnitId";
  public static final String USER_ROLES = "userRoles";
  public static final String CORRELATION_ID = "correlationId";

  private MetadataKeys() {}
}
