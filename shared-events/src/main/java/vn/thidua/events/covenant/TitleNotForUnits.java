package vn.thidua.events.covenant;

import vn.thidua.events.problem.RuleBroken;
import vn.thidua.events.recognition.Title;

/** A unit registers for collective titles only; personal titles are registered by persons. */
public class TitleNotForUnits extends RuleBroken {
  public TitleNotForUnits(String field, Title title) {
    super(field, "unit-titles-only", "Title " + title + " is awarded to persons, not to units");
  }
}
