package vn.thidua.events.recognition;

/** At least {@code numerator}/{@code denominator} of ALL listed voters must vote for. */
public record VoteThreshold(int numerator, int denominator) {
  public boolean metBy(long votesFor, long voters) {
    return voters > 0 && votesFor * denominator >= (long) numerator * voters;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
