package vn.thidua.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one fault scenario measured, printed in the test output as one {@code FAULT FIGURES} line
 * and appended to {@code target/fault-figures.txt} for the closing note.
 */
final class Figures {
  private final String scenario;
  private final Map<String, Object> values = new LinkedHashMap<>();

  Figures(String scenario) {
    this.scenario = scenario;
  }

  Figures put(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /** Printed even when the scenario fails half way, with what it measured so far. */
  void print() {
    String line =
        "FAULT FIGURES "
            + scenario
            + ": "
            + values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    System.out.println(line);
    try {
      Files.writeString(
          Path.of("target", "fault-figures.txt"),
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("[faults] could not write target/fault-figures.txt: " + e);
    }
  }
}
