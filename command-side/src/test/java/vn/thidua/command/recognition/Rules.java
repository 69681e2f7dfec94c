package vn.thidua.command.recognition;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.thidua.events.problem.DomainException;

/** Matches a domain exception by the rule and field it names. */
final class Rules {
  private Rules() {}

  static Matcher<DomainException> broken(String field, String rule) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(DomainException exception) {
        return rule.equals(exception.rule()) && field.equals(exception.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a domain exception on " + field + " breaking " + rule);
      }

      @Override
      protected void describeMismatchSafely(DomainException exception, Description mismatch) {
        mismatch.appendText(
            exception.field() + " broke " + exception.rule() + ": " + exception.getMessage());
      }
    };
  }
}
