package vn.thidua.query.folding;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives the handlers of one processor a {@link FoldingBatch} and writes it after the batch's last
 * event. A tracking processor without a transaction manager stores its token when the unit of work
 * prepares to commit, after every event of the batch went through here: the read models are always
 * written before the token that says they were.
 */
public final class FoldingInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {
  private final String processorName;
  private final MongoTemplate mongo;

  public FoldingInterceptor(String processorName, MongoTemplate mongo) {
    this.processorName = processorName;
    this.mongo = mongo;
  }

  @Override
  public Object handle(
      UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    FoldingBatch batch = FoldingBatch.of(unitOfWork, processorName, mongo);
    batch.startEvent(TokenPositions.of(unitOfWork.getMessage()));
    Object result = interceptorChain.proceed();
    if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
      batch.flush();
    }
    return result;
  }
}
