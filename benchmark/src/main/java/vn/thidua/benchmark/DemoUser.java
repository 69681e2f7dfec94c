package vn.thidua.benchmark;

/** The built-in local users (CONTRACT.md) the benchmark acts as. */
public enum DemoUser {
  ADMIN("quantri"),
  ORGANISER("totochuc.qn"),
  CLERK("thuky.qn"),
  ANALYST("phantich");

  static final String PASSWORD = "thidua-local";

  private final String username;

  DemoUser(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }
}
