package vn.thidua.query.folding;

/**
 * Ids used as field names (unit and judge ids may contain '.', which Mongo reads as a path): the
 * dot is kept as a full-width dot, which the ids' formats never contain.
 */
public final class FieldKeys {
  private static final char DOT = '.';
  private static final char FULL_WIDTH_DOT = '\uFF0E';

  private FieldKeys() {}

  public static String escape(String id) {
    String key = id.replace(DOT, FULL_WIDTH_DOT);
    return key.startsWith("$") ? "\uFF04" + key.substring(1) : key;
  }

  public static String unescape(String key) {
    String id = key.replace(FULL_WIDTH_DOT, DOT);
    return id.startsWith("\uFF04") ? "$" + id.substring(1) : id;
  }
}
