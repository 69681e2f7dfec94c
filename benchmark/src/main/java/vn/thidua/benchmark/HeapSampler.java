package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Part e: reads each service's used heap from its actuator metrics twice a second and keeps the
 * largest value, so the peak of a load is seen, not only what is left after it.
 */
public final class HeapSampler implements AutoCloseable {
  private static final String HEAP_USED = "/actuator/metrics/jvm.memory.used?tag=area:heap";

  private final Map<String, ServiceClient> services = new ConcurrentHashMap<>();
  private final Map<String, Long> maxBytes = new ConcurrentHashMap<>();
  private final Map<String, Long> lastBytes = new ConcurrentHashMap<>();
  private final Map<String, String> lastProblem = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "heap-sampler");
            thread.setDaemon(true);
            return thread;
          });

  public HeapSampler() {
    timer.scheduleWithFixedDelay(this::sampleAll, 500, 500, TimeUnit.MILLISECONDS);
  }

  public void watch(String service, ServiceClient client) {
    services.put(service, client);
  }

  /** Takes one more sample now, e.g. right after a load. */
  public void sampleNow(String service) {
    sample(service, services.get(service));
  }

  public Optional<Long> maxBytes(String service) {
    return Optional.ofNullable(maxBytes.get(service));
  }

  public Optional<Long> lastBytes(String service) {
    return Optional.ofNullable(lastBytes.get(service));
  }

  /** Why no value could be read, if none ever could. */
  public String problem(String service) {
    return lastProblem.getOrDefault(service, "never sampled");
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private void sampleAll() {
    services.forEach(this::sample);
  }

  private void sample(String service, ServiceClient client) {
    try {
      HttpResponse<String> response = client.get(DemoUser.ADMIN, HEAP_USED);
      if (response.statusCode() != 200) {
        lastProblem.put(service, HEAP_USED + " answered " + response.statusCode());
        return;
      }
      JsonNode measurements = ServiceClient.parse(response.body()).path("measurements");
      long bytes = measurements.path(0).path("value").asLong();
      lastBytes.put(service, bytes);
      maxBytes.merge(service, bytes, Math::max);
    } catch (IOException e) {
      lastProblem.put(service, HEAP_USED + " not reachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
