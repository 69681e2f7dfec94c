package vn.thidua.support.table;

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

/** Every rule an analyst table can refuse with has its Vietnamese wording. */
class TableWordingTest {
  /** Kebab-case literals are rule codes, but for the example file name in the Javadoc. */
  private static final Pattern RULE = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"");

  /** Rules of one word, which the pattern cannot tell from other literals. */
  private static final Set<String> ONE_WORD_RULES = Set.of("number", "type");

  @Test
  void everyTableRuleHasVietnameseWording() throws IOException {
    Properties wording = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("problem-messages_vi.properties")) {
      wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> rules = new TreeSet<>(ONE_WORD_RULES);
    try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/thidua/support/table"))) {
      for (Path file : files.toList()) {
        Matcher rule = RULE.matcher(Files.readString(file));
        while (rule.find()) {
          if (!rule.group(1).equals("don-vi")) {
            rules.add(rule.group(1));
          }
        }
      }
    }

    assertThat(rules).contains("page-out-of-range", "size-out-of-range", "format-unsupported");
    assertThat(rules.stream().filter(rule -> !wording.containsKey("rule." + rule)))
        .as("table rules without Vietnamese wording")
        .isEmpty();
  }
}
