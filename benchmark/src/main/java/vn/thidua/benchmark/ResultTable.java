package vn.thidua.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Every figure of a run with its goal and whether the goal was met, printed as one table. */
public final class ResultTable {
  private record Row(String part, String figure, String value, String goal, String result) {}

  private final List<Row> rows = new ArrayList<>();

  public void measured(String part, String figure, String value) {
    rows.add(new Row(part, figure, value, "", ""));
  }

  public void baseline(String part, String figure, String value) {
    rows.add(new Row(part, figure, value, "baseline", ""));
  }

  public void checked(String part, String figure, String value, String goal, boolean met) {
    rows.add(new Row(part, figure, value, goal, met ? "met" : "MISSED"));
  }

  public void notRun(String part, String figure, String reason) {
    rows.add(new Row(part, figure, "not run", "", reason));
  }

  public void print(PrintStream out) {
    int[] widths = {4, 6, 5, 4, 6};
    for (Row row : rows) {
      widths[0] = Math.max(widths[0], row.part().length());
      widths[1] = Math.max(widths[1], row.figure().length());
      widths[2] = Math.max(widths[2], row.value().length());
      widths[3] = Math.max(widths[3], row.goal().length());
      widths[4] = Math.max(widths[4], row.result().length());
    }
    String format =
        "| %-" + widths[0] + "s | %-" + widths[1] + "s | %" + widths[2] + "s | %-" + widths[3]
            + "s | %-" + widths[4] + "s |%n";
    out.printf(format, "part", "figure", "value", "goal", "result");
    out.printf(
        "|%s|%s|%s|%s|%s|%n",
        "-".repeat(widths[0] + 2),
        "-".repeat(widths[1] + 2),
        "-".repeat(widths[2] + 2),
        "-".repeat(widths[3] + 2),
        "-".repeat(widths[4] + 2));
    for (Row row : rows) {
      out.printf(format, row.part(), row.figure(), row.value(), row.goal(), row.result());
    }
  }
}
