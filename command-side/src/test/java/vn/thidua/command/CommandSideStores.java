package vn.thidua.command;

import java.util.Map;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.stores.TestStores;

/** Points a command side at the test JVM's embedded PostgreSQL. */
public final class CommandSideStores {
  private CommandSideStores() {}

  public static Map<String, Object> properties() {
    EmbeddedStores stores = TestStores.get();
    return Map.of(
        "spring.datasource.url", stores.postgresJdbcUrl(),
        "spring.datasource.username", EmbeddedStores.USER,
        "spring.datasource.password", EmbeddedStores.PASSWORD);
  }
}
