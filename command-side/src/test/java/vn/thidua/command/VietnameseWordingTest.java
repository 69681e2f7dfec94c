package vn.thidua.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Court staff read rejections in Vietnamese: every rule code the domain and the command side can
 * answer with has its wording in service-support's problem-messages_vi.properties.
 */
class VietnameseWordingTest {
  /** Kebab-case literals in the code that are names, not rule codes. */
  private static final Set<String> NOT_RULES =
      Set.of(
          "audit-trail",
          "campaign-directory",
          "campaign-tally",
          "close-phase",
          "cluster-directory",
          "covenant-directory",
          "recognition-register",
          "unit-directory",
          "thidua-local");

  private static final Pattern KEBAB_LITERAL =
      Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"");

  @Test
  void everyRuleCodeHasVietnameseWording() throws IOException {
    Properties wording = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("problem-messages_vi.properties")) {
      wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    Set<String> missing = new TreeSet<>();
    for (Path sources :
        Set.of(Path.of("src/main/java"), Path.of("../shared-events/src/main/java"))) {
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
          Matcher literal = KEBAB_LITERAL.matcher(Files.readString(file));
          while (literal.find()) {
            String rule = literal.group(1);
            if (!NOT_RULES.contains(rule) && !wording.containsKey("rule." + rule)) {
              missing.add(rule);
            }
          }
        }
      }
    }

    assertThat(missing).as("rule codes without Vietnamese wording").isEmpty();
  }
}
