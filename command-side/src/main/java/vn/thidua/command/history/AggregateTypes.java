package vn.thidua.command.history;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The event-sourced aggregates Axon is configured with, by the type name it stores with their
 * events (e.g. {@code CourtCase}), each with a model that replays events into it. The models use
 * Axon's configured parameter resolvers, so handlers with Spring beans as parameters (a deadline
 * handler asking for the tally) inspect as they do in the command side itself.
 */
@Component
class AggregateTypes {
  private final ObjectProvider<Configuration> axon;
  private Map<String, AggregateModel<?>> models;

  AggregateTypes(ObjectProvider<Configuration> axon) {
    this.axon = axon;
  }

  Optional<AggregateModel<?>> model(String typeName) {
    return Optional.ofNullable(models().get(typeName));
  }

  Set<String> names() {
    return models().keySet();
  }

  /** Built on first use: Axon's configuration is complete only once the application runs. */
  private synchronized Map<String, AggregateModel<?>> models() {
    if (models == null) {
      Configuration configuration = axon.getObject();
      Map<String, AggregateModel<?>> byName = new TreeMap<>();
      for (AggregateConfiguration<?> aggregate :
          configuration.findModules(AggregateConfiguration.class)) {
        Class<?> type = aggregate.aggregateType();
        AggregateModel<?> model =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(
                type,
                configuration.parameterResolverFactory(),
                configuration.handlerDefinition(type));
        byName.put(model.type(), model);
      }
      models = byName;
    }
    return models;
  }
}
