package vn.thidua.query;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.stores.TestStores;

/**
 * A running query side on the test JVM's embedded PostgreSQL and Mongo stand-in. Every subclass
 * shares this one application context: two would compete for the same processor tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class QuerySideIntegrationTest {

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    EmbeddedStores stores = TestStores.get();
    registry.add("spring.datasource.url", stores::postgresJdbcUrl);
    registry.add("spring.datasource.username", () -> EmbeddedStores.USER);
    registry.add("spring.datasource.password", () -> EmbeddedStores.PASSWORD);
    registry.add("spring.data.mongodb.uri", stores::mongoUri);
  }
}
