package vn.thidua.benchmark.nationwide;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole caseload cut into NDJSON upload bodies of about {@code rowsPerChunk} rows, never
 * splitting a case, so every upload keeps a case's facts in order. Lanes take the next chunk from
 * here; which lane sends which chunk does not change what is recorded.
 */
final class CaseloadChunks {
  record Chunk(int number, byte[] body, long rows, long cases) {}

  private final List<Court> courts;
  private final int[] casesPerCourt;
  private final long seed;
  private final int rowsPerChunk;
  private int court;
  private int chunkNumber;
  private long rows;
  private long verdicts;
  private final List<List<String>> pendingCases = new ArrayList<>();

  CaseloadChunks(List<Court> courts, int[] casesPerCourt, long seed, int rowsPerChunk) {
    this.courts = courts;
    this.casesPerCourt = casesPerCourt;
    this.seed = seed;
    this.rowsPerChunk = rowsPerChunk;
  }

  /** The next upload body, or empty when every court's cases were handed out. */
  synchronized Optional<Chunk> next() {
    ByteArrayOutputStream body = new ByteArrayOutputStream(rowsPerChunk * 160);
    long chunkRows = 0;
    long chunkCases = 0;
    while (chunkRows < rowsPerChunk && (!pendingCases.isEmpty() || court < courts.size())) {
      if (pendingCases.isEmpty()) {
        generateCourt();
        continue;
      }
      for (String row : pendingCases.remove(pendingCases.size() - 1)) {
        body.writeBytes(row.getBytes(StandardCharsets.UTF_8));
        body.write('\n');
        chunkRows++;
      }
      chunkCases++;
    }
    if (chunkRows == 0) {
      return Optional.empty();
    }
    return Optional.of(new Chunk(++chunkNumber, body.toByteArray(), chunkRows, chunkCases));
  }

  synchronized long rowsSoFar() {
    return rows;
  }

  synchronized long verdictsSoFar() {
    return verdicts;
  }

  /** One court's cases at a time: a few thousand cases at most are held in memory. */
  private void generateCourt() {
    List<List<String>> generated = new ArrayList<>();
    CaseloadGenerator.Tally tally =
        CaseloadGenerator.generate(
            courts.get(court), court, casesPerCourt[court], seed, generated::add);
    rows += tally.rows();
    verdicts += tally.verdicts();
    // taken from the end of the list: reversed, so cases go out in their numbering order
    for (int i = generated.size() - 1; i >= 0; i--) {
      pendingCases.add(generated.get(i));
    }
    court++;
  }

  /** Cases per court in proportion to its weight; the remainders go to the largest fractions. */
  static int[] shareOut(List<Court> courts, int totalCases) {
    double weight = courts.stream().mapToDouble(Court::weight).sum();
    int[] cases = new int[courts.size()];
    double[] remainders = new double[courts.size()];
    int given = 0;
    for (int i = 0; i < cases.length; i++) {
      double exact = totalCases * courts.get(i).weight() / weight;
      cases[i] = (int) Math.floor(exact);
      remainders[i] = exact - cases[i];
      given += cases[i];
    }
    while (given < totalCases) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[largest]) {
          largest = i;
        }
      }
      cases[largest]++;
      remainders[largest] = -1;
      given++;
    }
    return cases;
  }
}
