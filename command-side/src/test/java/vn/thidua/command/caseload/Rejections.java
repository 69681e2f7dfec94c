package vn.thidua.command.caseload;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.thidua.events.problem.DomainException;

/** Matches a rejection by its type and the request field it names. */
final class Rejections {
  private Rejections() {}

  static Matcher<DomainException> rejected(Class<? extends DomainException> type, String field) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(DomainException exception) {
        return type.isInstance(exception) && field.equals(exception.field());
      }

      @Override
      public void describeTo(Description description) {
        description.appendText(type.getSimpleName() + " on field '" + field + "'");
      }
    };
  }
}
