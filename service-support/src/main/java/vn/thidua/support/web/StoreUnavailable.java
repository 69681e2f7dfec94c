package vn.thidua.support.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the store (the event store is stopped, restarting or unreachable) from a bug:
 * the first is worth a retry and answers 503, the second stays a 500.
 */
public final class StoreUnavailable {
  private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

  private StoreUnavailable() {}

  /** Whether the failure, or any of its causes, says the store cannot be reached now. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof ConnectException
          || (cause instanceof SQLException sql && lostConnection(sql))) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  /**
   * SQL state class 08 is a connection failure; 57P01 to 57P03 are PostgreSQL shutting down,
   * crashing or still starting. Hikari answers a statement on a connection it has already thrown
   * out as broken (the rest of a transaction whose connection broke) with no state at all.
   */
  private static boolean lostConnection(SQLException failure) {
    String state = failure.getSQLState();
    if (state == null) {
      return HIKARI_CLOSED_CONNECTION.equals(failure.getMessage());
    }
    return state.startsWith("08") || state.startsWith("57P0");
  }
}
