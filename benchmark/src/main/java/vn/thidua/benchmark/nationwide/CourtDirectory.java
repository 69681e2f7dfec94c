package vn.thidua.benchmark.nationwide;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.thidua.events.organisation.CourtLevel;

/**
 * The courts of the synthetic year: the Supreme People's Court, the three high courts, one court
 * per province and the regional courts (TAND khu vực) shared out by population. Scaled down for a
 * small run, always parents before children.
 */
final class CourtDirectory {
  static final String SUPREME = "TANDTC";
  private static final List<String> HIGH_COURT_SEATS = List.of("Hà Nội", "Đà Nẵng", "Hồ Chí Minh");
  private static final int NATIONWIDE_UNITS = 700;

  private CourtDirectory() {}

  static List<Court> of(int units, long seed) {
    if (units < 3) {
      throw new IllegalArgumentException("--units must be at least 3");
    }
    Random random = new Random(seed);
    int high = units >= 100 ? 3 : units >= 10 ? 1 : 0;
    int provinces =
        Math.max(1, Math.min(Province.ALL.size(), Math.round(units * 34f / NATIONWIDE_UNITS)));
    int regional = Math.max(1, units - 1 - high - provinces);
    List<Court> courts = new ArrayList<>();
    courts.add(new Court(SUPREME, "Tòa án nhân dân tối cao", CourtLevel.SUPREME, null, 120, 0.5));
    for (int i = 0; i < high; i++) {
      String seat = HIGH_COURT_SEATS.get(i);
      courts.add(
          new Court(
              "TANDCC-" + new Province(seat, true, 0).code(),
              "TAND cấp cao tại " + (seat.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : seat),
              CourtLevel.HIGH,
              SUPREME,
              60 + random.nextInt(30),
              3));
    }
    List<Province> chosen = Province.largestFirst(provinces);
    int[] regionalCourts = shareOut(regional, chosen);
    for (int p = 0; p < chosen.size(); p++) {
      Province province = chosen.get(p);
      String provincialId = "TAND-" + province.code();
      double perRegionalCourt = province.populationMillions() / regionalCourts[p];
      courts.add(
          new Court(
              provincialId,
              province.courtName(),
              CourtLevel.PROVINCIAL,
              SUPREME,
              20 + random.nextInt(40),
              0.8 * perRegionalCourt * lognormal(random)));
      for (int r = 1; r <= regionalCourts[p]; r++) {
        courts.add(
            new Court(
                String.format("%s-KV%02d", provincialId, r),
                "TAND khu vực " + r + " - " + province.name(),
                CourtLevel.REGIONAL,
                provincialId,
                6 + random.nextInt(20),
                perRegionalCourt * lognormal(random)));
      }
    }
    return courts;
  }

  /** Regional courts per province by population, at least one each, adding up to the total. */
  private static int[] shareOut(int total, List<Province> provinces) {
    double population = provinces.stream().mapToDouble(Province::populationMillions).sum();
    int[] counts = new int[provinces.size()];
    int given = 0;
    for (int p = 0; p < counts.length; p++) {
      counts[p] =
          Math.max(1, (int) Math.floor(total * provinces.get(p).populationMillions() / population));
      given += counts[p];
    }
    for (int p = 0; given < total; p = (p + 1) % counts.length, given++) {
      counts[p]++;
    }
    return counts;
  }

  /** Caseloads differ a lot between courts of the same size: a log-normal spread around 1. */
  private static double lognormal(Random random) {
    return Math.exp(0.4 * random.nextGaussian());
  }
}
