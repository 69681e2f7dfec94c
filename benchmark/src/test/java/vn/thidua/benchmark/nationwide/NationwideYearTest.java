package vn.thidua.benchmark.nationwide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.CourtLevel;

/** The generator: the nation's court structure, a deterministic caseload, facts in order. */
class NationwideYearTest {

  @Test
  void theNationHasOneSupremeThreeHighThirtyFourProvincialAndAboutSixHundredSixtyRegionalCourts() {
    List<Court> courts = CourtDirectory.of(700, 2026);

    Map<CourtLevel, Long> perLevel =
        courts.stream().collect(Collectors.groupingBy(Court::level, Collectors.counting()));
    assertThat(perLevel)
        .containsEntry(CourtLevel.SUPREME, 1L)
        .containsEntry(CourtLevel.HIGH, 3L)
        .containsEntry(CourtLevel.PROVINCIAL, 34L)
        .containsEntry(CourtLevel.REGIONAL, 662L);
    assertThat(courts).extracting(Court::name).contains("TAND khu vực 1 - Hà Nội");
    assertThat(courts).extracting(Court::unitId).doesNotHaveDuplicates();
    assertThat(courts).allMatch(court -> court.unitId().matches("[A-Za-z0-9_-]{1,64}"));
  }

  @Test
  void everyCourtIsRegisteredAfterItsParent() {
    List<Court> courts = CourtDirectory.of(700, 2026);
    Map<String, Integer> position =
        courts.stream().collect(Collectors.toMap(Court::unitId, court -> courts.indexOf(court)));

    assertThat(courts)
        .filteredOn(court -> court.parentUnitId() != null)
        .allMatch(court -> position.get(court.parentUnitId()) < position.get(court.unitId()));
  }

  @Test
  void theCasesAreSharedOutExactlyAndTheBusiestCourtsGetMore() {
    List<Court> courts = CourtDirectory.of(700, 2026);
    int[] cases = CaseloadChunks.shareOut(courts, 600_000);

    assertThat(Arrays.stream(cases).sum()).isEqualTo(600_000);
    assertThat(Arrays.stream(cases).max().getAsInt())
        .isGreaterThan(3 * Arrays.stream(cases).min().getAsInt());
  }

  @Test
  void theSameSeedGivesTheSameRowsWhateverTheChunkSize() {
    List<Court> courts = CourtDirectory.of(20, 7);
    int[] cases = CaseloadChunks.shareOut(courts, 2_000);

    assertThat(allRows(new CaseloadChunks(courts, cases, 7, 500)))
        .isEqualTo(allRows(new CaseloadChunks(courts, cases, 7, 3_000)))
        .isNotEqualTo(allRows(new CaseloadChunks(courts, cases, 8, 500)));
  }

  @Test
  void aCaseHasAboutThreeAndAThirdFactsAllWithinTheYearAndInOrder() {
    List<Court> courts = CourtDirectory.of(20, 2026);
    int[] cases = CaseloadChunks.shareOut(courts, 5_000);
    String rows = allRows(new CaseloadChunks(courts, cases, 2026, 5_000));
    List<String> lines = rows.lines().toList();

    assertThat(lines.size() / 5_000.0).isBetween(2.9, 3.7);
    Map<String, List<String>> kindsPerCase =
        lines.stream()
            .collect(
                Collectors.groupingBy(
                    line -> field(line, "caseId"),
                    Collectors.mapping(line -> field(line, "kind"), Collectors.toList())));
    assertThat(kindsPerCase).hasSize(5_000);
    assertThat(kindsPerCase.values()).allMatch(kinds -> kinds.get(0).equals("ACCEPT"));
    assertThat(kindsPerCase.values())
        .allMatch(
            kinds ->
                String.join(",", kinds)
                    .matches("ACCEPT(,VERDICT(,APPEAL)?(,EFFECTIVE(,PUBLICATION)?)?)?"));
    assertThat(lines)
        .map(line -> date(line, "resolvedOn"))
        .allMatch(day -> day.isEmpty() || !day.get().isAfter(CaseloadGenerator.YEAR_ENDS));
    assertThat(lines)
        .map(line -> date(line, "publishedOn"))
        .allMatch(day -> day.isEmpty() || !day.get().isAfter(CaseloadGenerator.YEAR_ENDS));
  }

  private static String allRows(CaseloadChunks chunks) {
    StringBuilder rows = new StringBuilder();
    for (Optional<CaseloadChunks.Chunk> chunk = chunks.next();
        chunk.isPresent();
        chunk = chunks.next()) {
      rows.append(new String(chunk.get().body(), StandardCharsets.UTF_8));
    }
    return rows.toString();
  }

  private static String field(String line, String name) {
    String marker = "\"" + name + "\":\"";
    int start = line.indexOf(marker) + marker.length();
    return line.substring(start, line.indexOf('"', start));
  }

  private static Optional<LocalDate> date(String line, String name) {
    return line.contains("\"" + name + "\"")
        ? Optional.of(LocalDate.parse(field(line, name)))
        : Optional.empty();
  }
}
