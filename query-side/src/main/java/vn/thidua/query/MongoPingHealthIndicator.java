package vn.thidua.query;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's MongoDB health check, whose {@code hello} command the local Mongo stand-in does
 * not know; {@code ping} works on both.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {
  private final MongoTemplate mongo;

  MongoPingHealthIndicator(MongoTemplate mongo) {
    super("MongoDB health check failed");
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    mongo.executeCommand(new Document("ping", 1));
    builder.up();
  }
}
