package vn.thidua.benchmark.nationwide;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import vn.thidua.events.caseload.CaseType;

/**
 * The facts of one court's cases over the court year as import rows (NDJSON), in the order they
 * happened per case: accepted (some carried over from the year before), resolved with an outcome,
 * appealed, taking effect, published. Each court draws from its own seeded random numbers, so a
 * court's cases are the same whatever the other courts or the number of upload lanes.
 */
final class CaseloadGenerator {
  static final LocalDate YEAR_STARTS = LocalDate.of(2025, 10, 1);
  static final LocalDate YEAR_ENDS = LocalDate.of(2026, 9, 30);

  /** Shares of the caseload by type, roughly as in court statistics: civil and family dominate. */
  private static final List<Share<CaseType>> TYPES =
      List.of(
          new Share<>(CaseType.CRIMINAL, 0.22),
          new Share<>(CaseType.CIVIL, 0.30),
          new Share<>(CaseType.MARRIAGE_AND_FAMILY, 0.30),
          new Share<>(CaseType.BUSINESS_AND_TRADE, 0.05),
          new Share<>(CaseType.LABOUR, 0.02),
          new Share<>(CaseType.ADMINISTRATIVE, 0.05),
          new Share<>(CaseType.BANKRUPTCY, 0.01),
          new Share<>(CaseType.ADMINISTRATIVE_MEASURE, 0.05));

  private record Share<T>(T value, double share) {}

  /** What a court's rows added up to. */
  record Tally(long cases, long rows, long verdicts) {}

  private CaseloadGenerator() {}

  /** Sends the rows of the court's cases, one case at a time (all its rows in one list). */
  static Tally generate(
      Court court, int courtIndex, int cases, long seed, Consumer<List<String>> sink) {
    Random random = new Random(seed * 1_000_003L + courtIndex);
    long rows = 0;
    long verdicts = 0;
    for (int number = 1; number <= cases; number++) {
      List<String> facts = new CaseFacts(court, number, random).rows();
      rows += facts.size();
      verdicts += facts.size() > 1 ? 1 : 0;
      sink.accept(facts);
    }
    return new Tally(cases, rows, verdicts);
  }

  /** One case, drawn from the court's random numbers. */
  private static final class CaseFacts {
    private final Court court;
    private final String caseId;
    private final Random random;
    private final java.util.ArrayList<String> rows = new java.util.ArrayList<>(5);

    CaseFacts(Court court, int number, Random random) {
      this.court = court;
      this.caseId = String.format("%s-%06d", court.unitId(), number);
      this.random = random;
    }

    List<String> rows() {
      CaseType type = pick(TYPES);
      boolean carriedOver = random.nextDouble() < 0.15;
      LocalDate acceptedOn =
          carriedOver
              ? YEAR_STARTS.minusDays(1 + random.nextInt(150))
              : YEAR_STARTS.plusDays(random.nextInt(365));
      rows.add(
          "{\"kind\":\"ACCEPT\",\"caseId\":\""
              + caseId
              + "\",\"unitId\":\""
              + court.unitId()
              + "\",\"caseType\":\""
              + type
              + "\",\"acceptedOn\":\""
              + acceptedOn
              + "\",\"carriedOver\":"
              + carriedOver
              + "}");
      LocalDate resolvedOn = acceptedOn.plusDays(1 + exponential(meanDaysToResolve(type)));
      if (carriedOver && resolvedOn.isBefore(YEAR_STARTS)) {
        // carried over means still pending when the year starts
        resolvedOn = YEAR_STARTS.plusDays(random.nextInt(60));
      }
      if (resolvedOn.isAfter(YEAR_ENDS) || random.nextDouble() < 0.04) {
        return rows; // still pending at the end of the year
      }
      resolve(type, resolvedOn);
      return rows;
    }

    private void resolve(CaseType type, LocalDate resolvedOn) {
      String outcome = outcome(type);
      boolean tried = outcome.equals("TRIED");
      boolean online = tried && random.nextDouble() < 0.06;
      boolean model = tried && random.nextDouble() < 0.03;
      rows.add(
          "{\"kind\":\"VERDICT\",\"caseId\":\""
              + caseId
              + "\",\"resolvedOn\":\""
              + resolvedOn
              + "\",\"outcome\":\""
              + outcome
              + "\",\"onlineTrial\":"
              + online
              + ",\"modelTrial\":"
              + model
              + ",\"presidingJudgeId\":\""
              + String.format("%s-TP%02d", court.unitId(), 1 + random.nextInt(court.judges()))
              + "\"}");
      if (outcome.equals("TRANSFERRED")) {
        return; // another court decides
      }
      LocalDate effectiveOn = resolvedOn.plusDays(15 + random.nextInt(20));
      if (tried && random.nextDouble() < 0.12) {
        LocalDate decidedOn = resolvedOn.plusDays(30 + random.nextInt(70));
        if (decidedOn.isAfter(YEAR_ENDS)) {
          return;
        }
        appeal(decidedOn);
        effectiveOn = decidedOn;
      }
      if (effectiveOn.isAfter(YEAR_ENDS)) {
        return;
      }
      rows.add(
          "{\"kind\":\"EFFECTIVE\",\"caseId\":\""
              + caseId
              + "\",\"effectiveOn\":\""
              + effectiveOn
              + "\"}");
      LocalDate publishedOn = effectiveOn.plusDays(1 + random.nextInt(40));
      if (random.nextDouble() < 0.75 && !publishedOn.isAfter(YEAR_ENDS)) {
        rows.add(
            "{\"kind\":\"PUBLICATION\",\"caseId\":\""
                + caseId
                + "\",\"publishedOn\":\""
                + publishedOn
                + "\",\"portalUrl\":\"https://congbobanan.toaan.gov.vn/"
                + caseId
                + "\"}");
      }
    }

    private void appeal(LocalDate decidedOn) {
      double draw = random.nextDouble();
      String result = draw < 0.65 ? "UPHELD" : draw < 0.9 ? "AMENDED" : "ANNULLED";
      String details =
          result.equals("UPHELD")
              ? ""
              : ",\"scope\":\""
                  + (random.nextDouble() < 0.6 ? "PARTIAL" : "WHOLE")
                  + "\",\"cause\":\""
                  + (random.nextDouble() < 0.35 ? "SUBJECTIVE" : "OBJECTIVE")
                  + "\"";
      rows.add(
          "{\"kind\":\"APPEAL\",\"caseId\":\""
              + caseId
              + "\",\"decidedOn\":\""
              + decidedOn
              + "\",\"result\":\""
              + result
              + "\""
              + details
              + "}");
    }

    private String outcome(CaseType type) {
      double draw = random.nextDouble();
      if (draw < 0.10) {
        return "WITHDRAWN_OR_SUSPENDED";
      }
      if (draw < 0.12) {
        return "TRANSFERRED";
      }
      boolean mediable =
          type == CaseType.CIVIL
              || type == CaseType.MARRIAGE_AND_FAMILY
              || type == CaseType.BUSINESS_AND_TRADE
              || type == CaseType.LABOUR;
      if (mediable && draw < 0.55) {
        return "MEDIATION_SUCCESS";
      }
      if (type == CaseType.ADMINISTRATIVE && draw < 0.35) {
        return "DIALOGUE_SUCCESS";
      }
      return "TRIED";
    }

    private static int meanDaysToResolve(CaseType type) {
      return switch (type) {
        case CRIMINAL -> 50;
        case ADMINISTRATIVE, BUSINESS_AND_TRADE, BANKRUPTCY -> 110;
        case ADMINISTRATIVE_MEASURE -> 20;
        default -> 75;
      };
    }

    private int exponential(int meanDays) {
      return (int) Math.min(720, -meanDays * Math.log(1 - random.nextDouble()));
    }

    private <T> T pick(List<Share<T>> shares) {
      double draw = random.nextDouble();
      for (Share<T> share : shares) {
        draw -= share.share();
        if (draw < 0) {
          return share.value();
        }
      }
      return shares.get(shares.size() - 1).value();
    }
  }
}
