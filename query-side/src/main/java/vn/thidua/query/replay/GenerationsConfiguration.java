package vn.thidua.query.replay;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Every MongoDB access of the query side goes through the live generations of the read models:
 * Boot's database factory is wrapped, so MongoTemplate, repositories and the token store all ask
 * through it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReadModelCatalog.class)
class GenerationsConfiguration {

  @Bean
  Generations generations(ReadModelCatalog catalog, MongoClient client, MongoProperties mongo) {
    return new Generations(catalog, client.getDatabase(mongo.getMongoClientDatabase()));
  }

  @Bean
  static BeanPostProcessor routeThroughGenerations(ObjectProvider<Generations> generations) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof MongoDatabaseFactory factory
            ? new Routing(factory, generations)
            : bean;
      }
    };
  }

  /** Boot's factory, handing out databases that rename read model collections. */
  private record Routing(MongoDatabaseFactory target, ObjectProvider<Generations> generations)
      implements MongoDatabaseFactory {
    @Override
    public MongoDatabase getMongoDatabase() throws DataAccessException {
      return GenerationRoutedDatabase.routing(target.getMongoDatabase(), generations.getObject());
    }

    @Override
    public MongoDatabase getMongoDatabase(String dbName) throws DataAccessException {
      return GenerationRoutedDatabase.routing(
          target.getMongoDatabase(dbName), generations.getObject());
    }

    @Override
    public PersistenceExceptionTranslator getExceptionTranslator() {
      return target.getExceptionTranslator();
    }

    @Override
    public ClientSession getSession(ClientSessionOptions options) {
      return target.getSession(options);
    }

    @Override
    public MongoDatabaseFactory withSession(ClientSession session) {
      return new Routing(target.withSession(session), generations);
    }

    @Override
    public boolean isTransactionActive() {
      return target.isTransactionActive();
    }
  }
}
