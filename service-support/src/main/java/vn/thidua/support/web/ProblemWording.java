package vn.thidua.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Words every rejection by its rule code in the language the caller asked for (Accept-Language):
 * Vietnamese for the court staff who use the system, English otherwise. The rule code and the field
 * never change, so clients can rely on them whatever the language.
 */
public final class ProblemWording {
  private static final Properties VIETNAMESE = load("/problem-messages_vi.properties");

  private ProblemWording() {}

  public static List<FieldProblem> inLanguageOfRequest(List<FieldProblem> errors) {
    if (!"vi".equals(LocaleContextHolder.getLocale().getLanguage())) {
      return errors;
    }
    return errors.stream().map(ProblemWording::inVietnamese).toList();
  }

  private static FieldProblem inVietnamese(FieldProblem error) {
    String wording = VIETNAMESE.getProperty("rule." + error.rule());
    return wording == null ? error : new FieldProblem(error.field(), error.rule(), wording);
  }

  private static Properties load(String resource) {
    Properties wording = new Properties();
    try (InputStream in = ProblemWording.class.getResourceAsStream(resource)) {
      wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return wording;
  }
}
