package vn.thidua.benchmark.nationwide;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a data directory holds once a load finished: the generator's parameters and totals, kept
 * next to the stores so a later run can reuse the data instead of loading it again.
 */
record LoadedYear(int units, int cases, long seed, long rows, long verdicts) {
  private static final String FILE = "nationwide-year.properties";

  boolean sameAs(int units, int cases, long seed) {
    return this.units == units && this.cases == cases && this.seed == seed;
  }

  void save(Path dataDirectory) {
    Properties properties = new Properties();
    properties.setProperty("units", Integer.toString(units));
    properties.setProperty("cases", Integer.toString(cases));
    properties.setProperty("seed", Long.toString(seed));
    properties.setProperty("rows", Long.toString(rows));
    properties.setProperty("verdicts", Long.toString(verdicts));
    try (Writer writer =
        Files.newBufferedWriter(dataDirectory.resolve(FILE), StandardCharsets.UTF_8)) {
      properties.store(writer, "synthetic nationwide year loaded through the command side");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<LoadedYear> readFrom(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(
        new LoadedYear(
            Integer.parseInt(properties.getProperty("units")),
            Integer.parseInt(properties.getProperty("cases")),
            Long.parseLong(properties.getProperty("seed")),
            Long.parseLong(properties.getProperty("rows")),
            Long.parseLong(properties.getProperty("verdicts"))));
  }
}
