package vn.thidua.command.authorization;

/** One HTTP method and path pattern, as Spring's handler mapping spells it. */
record Endpoint(String method, String path) {
  @Override
  public String toString() {
    return method + " " + path;
  }
}
