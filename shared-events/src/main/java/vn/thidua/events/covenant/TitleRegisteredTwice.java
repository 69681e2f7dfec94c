package vn.thidua.events.covenant;

import vn.thidua.events.problem.RuleBroken;
import vn.thidua.events.recognition.Title;

public class TitleRegisteredTwice extends RuleBroken {
  public TitleRegisteredTwice(String field, Title title) {
    super(field, "titles-listed-once", "Title " + title + " is listed more than once");
  }
}
