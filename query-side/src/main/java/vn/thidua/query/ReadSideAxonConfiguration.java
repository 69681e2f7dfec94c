package vn.thidua.query;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The query side reads the events the command side appends to PostgreSQL and keeps its read models
 * and processor tokens in MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class ReadSideAxonConfiguration {

  /**
   * Next to the read models, so a processor's position lives where its projection lives. Instances
   * share the processors through it: a segment whose owner stopped extending its claim (killed, cut
   * off) for {@code claimTimeout} is taken over by another instance at its next claim attempt.
   */
  @Bean
  TokenStore tokenStore(
      MongoDatabaseFactory mongo,
      Serializer serializer,
      @Value("${thidua.query.token-claim-timeout:10s}") Duration claimTimeout) {
    return MongoTokenStore.builder()
        .mongoTemplate(
            DefaultMongoTemplate.builder().mongoDatabase(mongo.getMongoDatabase()).build())
        .serializer(serializer)
        .claimTimeout(claimTimeout)
        .build();
  }

  /**
   * The JDBC event store as Axon's auto-configuration builds it; it steps back as soon as an event
   * store is defined, which {@link #eventStore} does.
   */
  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema,
      org.axonframework.config.Configuration configuration,
      @Value("${thidua.query.event-fetch-size:2000}") int fetchSize) {
    // a processor far behind (a fresh query side, a rebuild) reads this many events per query;
    // Axon's default of 100 makes a replay of millions of events tens of thousands of queries
    return JdbcEventStorageEngine.builder()
        .batchSize(fetchSize)
        .snapshotSerializer(serializer)
        .eventSerializer(eventSerializer)
        .upcasterChain(configuration.upcasterChain())
        .snapshotFilter(configuration.snapshotFilter())
        .persistenceExceptionResolver(persistenceExceptionResolver)
        .connectionProvider(connectionProvider)
        .transactionManager(transactionManager)
        .schema(eventSchema)
        .build();
  }

  /**
   * Another process appends the events, so nothing wakes the store up; it has to poll. Axon's
   * default of one second would make every read model lag a second behind the command that caused
   * it.
   */
  @Bean
  EmbeddedEventStore eventStore(
      EventStorageEngine storageEngine,
      org.axonframework.config.Configuration configuration,
      @Value("${thidua.query.event-poll-delay:20ms}") Duration pollDelay) {
    return EmbeddedEventStore.builder()
        .storageEngine(storageEngine)
        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
        .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
        .fetchDelay(pollDelay.toMillis())
        .timeUnit(TimeUnit.MILLISECONDS)
        .build();
  }

  /**
   * MongoDB writes take part in no transaction, so the processors need none (a JDBC one would only
   * hold a connection). A failing handler stops its processor, which retries from its last token,
   * instead of skipping the event and leaving a read model wrong for good; the handlers are
   * idempotent, so the retry is harmless.
   */
  @Bean
  ConfigurerModule readModelProcessing() {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                processing
                    .registerDefaultTransactionManager(c -> NoTransactionManager.INSTANCE)
                    .registerDefaultListenerInvocationErrorHandler(
                        c -> PropagatingErrorHandler.instance()));
  }
}
