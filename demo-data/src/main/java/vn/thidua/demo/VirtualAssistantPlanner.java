package vn.thidua.demo;

import static vn.thidua.demo.QuangNinhCampaign.STARTS_ON;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;

/**
 * Plans the article's use of the virtual assistant (Trợ lý ảo): all 101 judges used it and together
 * contributed 206 questions and answers. Each judge records two months of the year (our estimate);
 * the Q&A are spread as evenly as they go, so a few judges contribute three.
 */
final class VirtualAssistantPlanner {
  static final long SEED = 20231211L;
  static final int QUESTIONS_AND_ANSWERS = 206;
  static final int MONTHS_PER_JUDGE = 2;

  private static final YearMonth FIRST_MONTH = YearMonth.from(STARTS_ON);
  private static final int MONTHS_IN_YEAR = 12;

  private final Random random;

  VirtualAssistantPlanner(long seed) {
    this.random = new Random(seed);
  }

  List<RecordVirtualAssistantUse> plan(List<DemoUnit> units) {
    List<String[]> judges = new ArrayList<>();
    for (DemoUnit unit : units) {
      for (int index = 0; index < unit.judges(); index++) {
        judges.add(new String[] {CaseloadPlanner.judgeId(unit.unitId(), index), unit.unitId()});
      }
    }
    int[] weights = new int[judges.size()];
    Arrays.fill(weights, 1);
    int[] contributed = Quotas.split(QUESTIONS_AND_ANSWERS, weights);
    List<RecordVirtualAssistantUse> uses = new ArrayList<>();
    for (int i = 0; i < judges.size(); i++) {
      int first = random.nextInt(MONTHS_IN_YEAR - 1);
      int second = first + 1 + random.nextInt(MONTHS_IN_YEAR - 1 - first);
      String judgeId = judges.get(i)[0];
      String unitId = judges.get(i)[1];
      int early = (contributed[i] + 1) / 2;
      uses.add(
          new RecordVirtualAssistantUse(judgeId, unitId, FIRST_MONTH.plusMonths(first), early));
      uses.add(
          new RecordVirtualAssistantUse(
              judgeId, unitId, FIRST_MONTH.plusMonths(second), contributed[i] - early));
    }
    return uses;
  }
}
