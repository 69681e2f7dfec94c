package vn.thidua.stores;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Hosts the embedded stores for {@code ./run.sh} in a process of their own, so both services
 * connect by URL exactly as they do to external servers.
 *
 * <p>Arguments: {@code --data-dir=PATH --postgres-port=N --mongo-port=N}; a port of -1 skips that
 * store (it is external). Prints one {@code READY} line with the URLs once both accept connections,
 * and stops them cleanly on SIGINT or SIGTERM.
 */
public final class EmbeddedStoresLauncher {
  private EmbeddedStoresLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    Path dataDirectory = Path.of(option(args, "data-dir", "data"));
    int postgresPort = Integer.parseInt(option(args, "postgres-port", "15432"));
    int mongoPort = Integer.parseInt(option(args, "mongo-port", "27017"));

    EmbeddedStores stores = EmbeddedStores.start(dataDirectory, postgresPort, mongoPort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stores.close();
                  stopped.countDown();
                },
                "embedded-stores-shutdown"));
    System.out.println(
        "READY"
            + (stores.hasPostgres() ? " postgres=" + stores.postgresJdbcUrl() : "")
            + (stores.hasMongo() ? " mongo=" + stores.mongoUri() : "")
            + " data="
            + dataDirectory.toAbsolutePath());
    stopped.await();
  }

  private static String option(String[] args, String name, String fallback) {
    String prefix = "--" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return fallback;
  }
}
