package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Bulk append through Axon's JDBC storage engine, wired as in the command side: Jackson, Spring's
 * transactions and connections, and SQL state 23505 read as a lost race.
 */
final class AxonAppender implements EventAppender {
  private final JdbcEventStorageEngine engine;
  private final TransactionManager transactions;

  AxonAppender(DataSource dataSource, ObjectMapper json) {
    this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    this.engine =
        JdbcEventStorageEngine.builder()
            .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
            .transactionManager(transactions)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .persistenceExceptionResolver(new SQLStateResolver("23505"))
            .schema(EventTables.SCHEMA)
            .build();
  }

  /** Creates the tables with Axon's own PostgreSQL definition. */
  void createSchema() {
    engine.createSchema(PostgresEventTableFactory.INSTANCE);
  }

  @Override
  public void append(List<SampleEvent> batch) {
    List<GenericDomainEventMessage<?>> messages =
        batch.stream()
            .<GenericDomainEventMessage<?>>map(
                event ->
                    new GenericDomainEventMessage<>(
                        SampleEvent.AGGREGATE_TYPE,
                        event.aggregateId(),
                        0,
                        event.payload(),
                        event.metaData()))
            .toList();
    transactions.executeInTransaction(() -> engine.appendEvents(messages));
  }
}
