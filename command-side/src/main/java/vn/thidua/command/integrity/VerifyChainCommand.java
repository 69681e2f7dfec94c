package vn.thidua.command.integrity;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * The command-line verifier: checks a copy of the event store with nothing but JDBC and Java's
 * SHA-256, prints the head and the first broken links, and exits 0 when nothing differs, 1 when
 * something does, 2 when it could not verify. Run it from the command side's jar:
 *
 * <pre>
 * java -cp command-side-0.1.0-SNAPSHOT-exec.jar -Dloader.main=vn.thidua.command.integrity.VerifyChainCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher jdbc:postgresql://host:5432/thidua [user] [password]
 * </pre>
 *
 * User and password default to {@code PGUSER} and {@code PGPASSWORD}.
 */
public final class VerifyChainCommand {
  private VerifyChainCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Verifies and prints; returns the exit code. */
  static int run(String[] args, PrintStream out) {
    if (args.length < 1) {
      out.println("usage: VerifyChainCommand <jdbc url> [user] [password]");
      return 2;
    }
    Properties login = new Properties();
    login.setProperty("user", args.length > 1 ? args[1] : env("PGUSER", "postgres"));
    login.setProperty("password", args.length > 2 ? args[2] : env("PGPASSWORD", ""));
    login.setProperty("readOnly", "true");
    try (Connection connection = DriverManager.getConnection(args[0], login)) {
      ChainReport report = ChainVerifier.verify(connection);
      print(report, out);
      return report.ok() ? 0 : 1;
    } catch (Exception e) {
      out.println("Could not verify: " + e);
      return 2;
    }
  }

  private static void print(ChainReport report, PrintStream out) {
    ChainHead head = report.head();
    out.printf(
        "Head: global index %d, chain hash %s, %d events sealed, sealed at %s%n",
        head.globalIndex(), head.chainHash(), head.sealedEvents(), head.sealedAt());
    out.printf(
        "Checked %,d events (%,d sealed, %,d not sealed yet) in %.1f s (%,.0f events/s)%n",
        report.eventsChecked(),
        report.sealedEvents(),
        report.unsealedEvents(),
        report.millis() / 1000.0,
        report.eventsChecked() / Math.max(0.001, report.millis() / 1000.0));
    if (report.ok()) {
      out.println("OK: both chains are intact");
      return;
    }
    out.printf("BROKEN: %,d broken links; the first ones:%n", report.brokenLinks());
    for (BrokenLink link : report.examples()) {
      out.printf(
          "  global index %d, aggregate %s, sequence %d: %s, %s%n",
          link.globalIndex(),
          link.aggregateIdentifier(),
          link.sequenceNumber(),
          link.problem(),
          link.detail());
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
