package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class StoreUnavailableTest {

  @Test
  void noConnectionForATransactionIsTheStoreBeingUnavailable() {
    assertThat(
            StoreUnavailable.causedBy(
                new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("request timed out after 3000ms"))))
        .isTrue();
  }

  @Test
  void aConnectionLostMidwayIsTheStoreBeingUnavailable() {
    assertThat(
            StoreUnavailable.causedBy(
                new JdbcException(
                    "Failed to read events",
                    new SQLException(
                        "An I/O error occurred while sending to the backend", "08006"))))
        .isTrue();
    assertThat(
            StoreUnavailable.causedBy(
                new SQLException("terminating connection due to administrator command", "57P01")))
        .isTrue();
    assertThat(StoreUnavailable.causedBy(new RuntimeException(new ConnectException("refused"))))
        .isTrue();
    assertThat(
            StoreUnavailable.causedBy(
                new JdbcException(
                    "Failed to create a SQL statement", new SQLException("Connection is closed"))))
        .isTrue();
  }

  @Test
  void aLostRaceOrABrokenConstraintIsNot() {
    assertThat(
            StoreUnavailable.causedBy(
                new ConcurrencyException(
                    "duplicate sequence", new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(StoreUnavailable.causedBy(new DataIntegrityViolationException("not null")))
        .isFalse();
    assertThat(StoreUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
  }
}
