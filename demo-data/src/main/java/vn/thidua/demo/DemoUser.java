package vn.thidua.demo;

/** The built-in local users the demo acts as (see CONTRACT.md), each for what their role may do. */
enum DemoUser {
  /** Registers the court units, forms Cluster IV, drafts its covenant, types in paper pledges. */
  ADMIN("quantri"),
  /** Launches the campaign for TAND tỉnh Quảng Ninh. */
  ORGANISER("totochuc.qn"),
  /** Records the cases of TAND tỉnh Quảng Ninh and the courts below it. */
  CLERK("thuky.qn"),
  /** Signs TAND tỉnh Quảng Ninh's pledge to the Cluster IV covenant (its Chánh án). */
  UNIT_HEAD("truongdonvi.qn");

  private final String username;

  DemoUser(String username) {
    this.username = username;
  }

  String username() {
    return username;
  }
}
