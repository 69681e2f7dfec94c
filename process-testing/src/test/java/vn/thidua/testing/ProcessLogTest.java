package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessLogTest {
  @TempDir Path folder;

  @Test
  void tailIsTheLastLinesOnly() throws IOException {
    Path file = Files.writeString(folder.resolve("service.log"), "one\ntwo\nthree\nfour\n");

    assertThat(ProcessLog.at(file).tail(2)).isEqualTo("three\nfour");
    assertThat(ProcessLog.at(file).tail(10)).isEqualTo("one\ntwo\nthree\nfour");
  }

  @Test
  void countsTheLinesThatContainAText() throws IOException {
    Path file = Files.writeString(folder.resolve("service.log"), "retry\nok\nwill retry\n");

    assertThat(ProcessLog.at(file).linesContaining("retry")).isEqualTo(2);
  }

  @Test
  void aMissingLogSaysSoInsteadOfFailing() {
    ProcessLog missing = ProcessLog.at(folder.resolve("never-written.log"));

    assertThat(missing.tail(5)).startsWith("(no log:");
    assertThat(missing.linesContaining("x")).isEqualTo(-1);
  }
}
