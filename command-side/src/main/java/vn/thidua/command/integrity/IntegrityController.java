package vn.thidua.command.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence for auditors: verify the chains, read the head to note it outside the system. */
@RestController
@RequestMapping("/api/integrity")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
public class IntegrityController {
  private final DataSource dataSource;
  private final Semaphore verifying = new Semaphore(1);

  IntegrityController(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Hashes every event again and walks both chains; ok, or the first broken link. */
  @GetMapping("/verify")
  ChainReport verify() throws SQLException {
    if (!verifying.tryAcquire()) {
      throw new VerificationRunning();
    }
    try (Connection connection = dataSource.getConnection()) {
      return ChainVerifier.verify(connection);
    } finally {
      verifying.release();
    }
  }

  @GetMapping("/head")
  ChainHead head() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return ChainVerifier.readHead(connection);
    }
  }
}
