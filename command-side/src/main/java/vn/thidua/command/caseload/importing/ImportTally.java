package vn.thidua.command.caseload.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Counts outcomes from the reader and every lane at once, and keeps the rejected rows with the
 * lowest line numbers (a bounded heap), so a file full of bad rows still needs little memory.
 */
final class ImportTally {
  private final int listed;
  private final PriorityQueue<RejectedRow> lowestLines =
      new PriorityQueue<>(Comparator.comparingLong(RejectedRow::line).reversed());
  private long rows;
  private long accepted;
  private long unchanged;
  private long rejected;

  ImportTally(int listed) {
    this.listed = listed;
  }

  synchronized void read() {
    rows++;
  }

  synchronized void accepted() {
    accepted++;
  }

  synchronized void unchanged() {
    unchanged++;
  }

  synchronized void rejected(RejectedRow row) {
    rejected++;
    lowestLines.add(row);
    if (lowestLines.size() > listed) {
      lowestLines.poll();
    }
  }

  synchronized ImportReport report() {
    List<RejectedRow> rejections = new ArrayList<>(lowestLines);
    rejections.sort(Comparator.comparingLong(RejectedRow::line));
    return new ImportReport(
        rows, accepted, unchanged, rejected, rejections, rejected - rejections.size());
  }
}
