package vn.thidua.stores;

/**
 * One set of throwaway stores per test JVM, shared by every Spring context the tests start, and
 * closed when the JVM ends.
 */
public final class TestStores {
  private static EmbeddedStores stores;

  private TestStores() {}

  public static synchronized EmbeddedStores get() {
    if (stores == null) {
      stores = EmbeddedStores.startThrowaway();
      Runtime.getRuntime().addShutdownHook(new Thread(stores::close, "test-stores-shutdown"));
    }
    return stores;
  }
}
