package vn.thidua.support.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Words every rejection by its rule code in the language the caller asked for (Accept-Language):
 * Vietnamese for the court staff who use the system, English otherwise. The rule code and the field
 * never change, so clients can rely on them whatever the language.
 */
final class ProblemWording {
  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasename("problem-messages");
    MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private ProblemWording() {}

  static List<FieldProblem> inLanguageOfRequest(List<FieldProblem> errors) {
    Locale locale = LocaleContextHolder.getLocale();
    if (!"vi".equals(locale.getLanguage())) {
      return errors;
    }
    return errors.stream().map(error -> worded(error, locale)).toList();
  }

  private static FieldProblem worded(FieldProblem error, Locale locale) {
    try {
      return new FieldProblem(
          error.field(), error.rule(), MESSAGES.getMessage("rule." + error.rule(), null, locale));
    } catch (NoSuchMessageException untranslated) {
      return error;
    }
  }
}
