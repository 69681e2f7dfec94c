package vn.thidua.command.messaging;

/** What ids look like: safe in URLs, in Mongo field names and in CSV files. */
public final class Identifiers {
  public static final String UNIT_OR_CAMPAIGN_ID = "[A-Za-z0-9_-]{1,64}";
  public static final String CASE_ID = "[A-Za-z0-9_.-]{1,64}";

  private Identifiers() {}
}
