package vn.thidua.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.thidua.stores.EmbeddedStores;

/** The command-line verifier: its exit code and what it prints, against a store of its own. */
class VerifyChainCommandTest {

  @Test
  void printsTheHeadAndExitsZeroWhenIntactThenOneAtTheFirstBrokenLink() throws SQLException {
    ChainDatabase database = ChainDatabase.create();
    database.append("CASE-1", 0, 2);
    database.append("CASE-2", 0, 2);
    new ChainSealer(database.dataSource, 100, Duration.ofMinutes(5)).sealAvailable();
    String head = database.verify().head().chainHash();

    ByteArrayOutputStream intact = new ByteArrayOutputStream();
    assertThat(run(database, intact)).isZero();
    assertThat(intact.toString(StandardCharsets.UTF_8))
        .contains("Head: global index 4, chain hash " + head)
        .contains("Checked 4 events")
        .contains("OK");

    database.execute("UPDATE domain_event_entry SET time_stamp = 'x' WHERE global_index = 3");
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    assertThat(run(database, broken)).isEqualTo(1);
    assertThat(broken.toString(StandardCharsets.UTF_8))
        .contains("BROKEN")
        .contains("global index 3, aggregate CASE-2, sequence 0: STREAM_HASH_DIFFERS");
  }

  @Test
  void exitsTwoWhenItCannotConnect() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        VerifyChainCommand.run(
            new String[] {"jdbc:postgresql://localhost:1/none", "nobody", "wrong"},
            new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Could not verify");
  }

  private static int run(ChainDatabase database, ByteArrayOutputStream out) {
    return VerifyChainCommand.run(
        new String[] {database.url, EmbeddedStores.USER, EmbeddedStores.PASSWORD},
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }
}
