package vn.thidua.demo;

/** The built-in local users the demo acts as (see CONTRACT.md), each for what their role may do. */
enum DemoUser {
  /** Registers the court units. */
  ADMIN("quantri"),
  /** Launches the campaign for TAND tỉnh Quảng Ninh. */
  ORGANISER("totochuc.qn"),
  /** Records the cases of TAND tỉnh Quảng Ninh and the courts below it. */
  CLERK("thuky.qn");

  private final String username;

  DemoUser(String username) {
    this.username = username;
  }

  String username() {
    return username;
  }
}
