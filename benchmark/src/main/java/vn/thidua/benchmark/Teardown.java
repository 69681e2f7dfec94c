package vn.thidua.benchmark;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what the run started, newest first (services before the stores they use), once: at the end
 * of the run, or from the shutdown hook when the run is interrupted.
 */
public final class Teardown implements Runnable {
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();

  public synchronized <T extends AutoCloseable> T register(T resource) {
    resources.push(resource);
    return resource;
  }

  @Override
  public synchronized void run() {
    while (!resources.isEmpty()) {
      AutoCloseable resource = resources.pop();
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("Could not close " + resource + ": " + e);
      }
    }
  }
}
