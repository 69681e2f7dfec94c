package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** Judge ids are short codes (letters, digits, '.', '_', '-'), safe in URLs and CSV files. */
public class InvalidJudgeId extends RuleBroken {
  public static final String FORMAT = "[A-Za-z0-9_.-]{1,64}";

  public InvalidJudgeId(String field) {
    super(
        field,
        "judge-id-format",
        "A judge id has 1 to 64 letters, digits, '.', '_' or '-', without spaces");
  }
}
