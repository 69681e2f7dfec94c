package vn.thidua.command.integrity;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sealer on every instance at a fixed delay; the sealer's lock lets one of them seal at a
 * time, so an instance that stops leaves the sealing to the others.
 */
@Component
@ConditionalOnProperty(name = "thidua.integrity.sealer.enabled", matchIfMissing = true)
class SealingSchedule implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(SealingSchedule.class);

  private final ChainSealer sealer;
  private final Duration interval;
  private ScheduledExecutorService executor;

  SealingSchedule(
      DataSource dataSource,
      @Value("${thidua.integrity.sealer.interval:1s}") Duration interval,
      @Value("${thidua.integrity.sealer.batch-size:5000}") int batchSize,
      @Value("${thidua.integrity.sealer.gap-timeout:5m}") Duration gapTimeout) {
    this.sealer = new ChainSealer(dataSource, batchSize, gapTimeout);
    this.interval = interval;
  }

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "chainSealer");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::sealQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void sealQuietly() {
    try {
      sealer.sealAvailable();
    } catch (Exception e) {
      // a failed round is retried at the next tick; a thrown exception would end the schedule
      log.warn("Sealing the event chain failed; retrying in {}", interval, e);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
