package vn.thidua.events.caseload;

import java.time.LocalDate;
import vn.thidua.events.problem.RuleBroken;

public class PublicationBeforeEffect extends RuleBroken {
  public PublicationBeforeEffect(LocalDate effectiveOn) {
    super(
        "publishedOn",
        "published-on-or-after-effect",
        "A judgment cannot be published before it took effect on " + effectiveOn);
  }
}
