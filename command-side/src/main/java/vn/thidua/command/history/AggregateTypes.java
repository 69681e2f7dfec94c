package vn.thidua.command.history;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The event-sourced aggregates of the command side by the type name Axon stores with their events
 * (e.g. {@code CourtCase}), each with the model that replays events into it.
 */
@Component
class AggregateTypes {
  private final Map<String, AggregateModel<?>> models = new TreeMap<>();

  AggregateTypes(ListableBeanFactory beans) {
    for (String name : beans.getBeanNamesForAnnotation(Aggregate.class)) {
      Class<?> type = beans.getType(name);
      if (type != null) {
        AggregateModel<?> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        models.put(model.type(), model);
      }
    }
  }

  Optional<AggregateModel<?>> model(String typeName) {
    return Optional.ofNullable(models.get(typeName));
  }

  Set<String> names() {
    return models.keySet();
  }
}
