package vn.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The file a process writes its output to: its tail explains why a start failed. */
public final class ProcessLog {
  private final Path file;

  private ProcessLog(Path file) {
    this.file = file;
  }

  public static ProcessLog at(Path file) {
    return new ProcessLog(file);
  }

  /** A new file in the temporary folder, named {@code <prefix>*.log}; it stays after the test. */
  public static ProcessLog createTemporary(String prefix) {
    try {
      return new ProcessLog(Files.createTempFile(prefix, ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path file() {
    return file;
  }

  /** The last {@code lines} lines, or why there are none. */
  public String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(file);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** How many lines contain {@code text}; -1 if the log cannot be read. */
  public long linesContaining(String text) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
