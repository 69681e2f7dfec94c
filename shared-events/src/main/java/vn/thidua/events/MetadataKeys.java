package vn.thidua.events;

/**
 * Keys of the metadata every command and event carries: who made it and in which flow. The two ids
 * use Axon's own names: {@code traceId} is the correlation id of the whole flow (the HTTP request's
 * {@code X-Correlation-Id}), {@code correlationId} is the id of the message that caused this one.
 */
public final class MetadataKeys {
  public static final String USER_ID = "userId";
  public static final String USER_UNIT_ID = "userUnitId";
  public static final String USER_ROLES = "userRoles";
  public static final String CORRELATION_ID = "traceId";
  public static final String CAUSATION_ID = "correlationId";

  private MetadataKeys() {}
}
