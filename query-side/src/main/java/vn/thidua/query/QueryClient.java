package vn.thidua.query;

import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Asks the query bus and waits for the answer. A query handler's domain error (an unknown campaign,
 * say) arrives wrapped in the future's exception; it is thrown as itself, so the API answers it
 * like any other domain error (404) instead of 500.
 */
@Component
public class QueryClient {
  private final QueryGateway gateway;

  QueryClient(QueryGateway gateway) {
    this.gateway = gateway;
  }

  public <R> R ask(Object query, ResponseType<R> responseType) {
    try {
      return gateway.query(query, responseType).join();
    } catch (CompletionException wrapped) {
      if (wrapped.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw wrapped;
    }
  }
}
