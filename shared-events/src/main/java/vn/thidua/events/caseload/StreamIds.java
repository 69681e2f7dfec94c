package vn.thidua.events.caseload;

/**
 * Every aggregate shares one event store, keyed by aggregate identifier alone. Court mediations and
 * judges get a prefix, so a mediation or judge whose id happens to equal a case id never lands in
 * that case's stream.
 */
public final class StreamIds {
  private StreamIds() {}

  public static String courtMediation(String mediationId) {
    return "court-mediation:" + mediationId;
  }

  public static String judge(String judgeId) {
    return "judge:" + judgeId;
  }
}
