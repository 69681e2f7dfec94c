package vn.thidua.support.authorization;

/** One HTTP method and path pattern, as Spring's handler mapping spells it. */
public record Endpoint(String method, String path) {
  @Override
  public String toString() {
    return method + " " + path;
  }
}
