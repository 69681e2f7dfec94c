package vn.thidua.command.messaging;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;

/**
 * Puts the aggregate's version after the command into the command's answer (metadata), read from
 * the aggregate itself in the command's unit of work: exactly the version this command produced,
 * even if another writer appends right after it commits.
 */
class NewVersionInAnswer implements MessageHandlerInterceptor<CommandMessage<?>> {

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Object result = chain.proceed();
    Aggregate<?> handled = unitOfWork.getResource(AggregateVersions.HANDLED_AGGREGATE);
    if (handled == null || handled.version() == null) {
      return result;
    }
    return GenericCommandResultMessage.asCommandResultMessage(result)
        .andMetaData(Map.of(AggregateVersions.RESULTING, handled.version()));
  }
}
