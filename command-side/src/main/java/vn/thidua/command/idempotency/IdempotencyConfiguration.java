package vn.thidua.command.idempotency;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Registers the Idempotency-Key filter after Spring Security's chain (order -100), so it knows the
 * user, and purges keys older than {@code thidua.idempotency.retention} (default 24 h).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {
  /** Spring Security's filter chain runs at -100; this runs right after it. */
  static final int AFTER_SECURITY = -90;

  @Bean
  IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc) {
    return new IdempotencyKeys(jdbc);
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(keys));
    registration.setOrder(AFTER_SECURITY);
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  IdempotencyPurge idempotencyPurge(
      IdempotencyKeys keys, @Value("${thidua.idempotency.retention:PT24H}") Duration retention) {
    return new IdempotencyPurge(keys, retention);
  }

  /** Old keys only take space: a client retries within minutes, not days. */
  static class IdempotencyPurge {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurge.class);
    private final IdempotencyKeys keys;
    private final Duration retention;

    IdempotencyPurge(IdempotencyKeys keys, Duration retention) {
      this.keys = keys;
      this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${thidua.idempotency.purge-interval:PT1H}")
    void purge() {
      int purged = keys.purgeOlderThan(retention);
      if (purged > 0) {
        LOG.info("Purged {} idempotency keys older than {}", purged, retention);
      }
    }
  }
}
