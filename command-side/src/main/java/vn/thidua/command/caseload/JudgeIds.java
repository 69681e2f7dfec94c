package vn.thidua.command.caseload;

import java.util.regex.Pattern;
import vn.thidua.events.caseload.InvalidJudgeId;

/** Judge ids arrive over HTTP and from bulk imports alike, so the aggregates check them too. */
final class JudgeIds {
  private static final Pattern FORMAT = Pattern.compile(InvalidJudgeId.FORMAT);

  private JudgeIds() {}

  static void requireWellFormed(String field, String judgeId) {
    if (judgeId == null || !FORMAT.matcher(judgeId).matches()) {
      throw new InvalidJudgeId(field);
    }
  }
}
