package vn.thidua.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * Everything a scenario started, closed in reverse order when it ends, fails, or the JVM is told to
 * stop: no service or PostgreSQL outlives its test.
 */
final class Teardown implements AutoCloseable {
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Thread hook = new Thread(this::closeAll, "fault-tests-teardown");

  Teardown() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** A temporary folder for the stores' data, deleted once everything else has stopped. */
  Path folder(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(prefix);
    add(() -> delete(folder));
    return folder;
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  <T extends AutoCloseable> T add(T resource) {
    synchronized (started) {
      started.push(resource);
    }
    return resource;
  }

  @Override
  public void close() {
    closeAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or ran already
    }
  }

  private void closeAll() {
    while (true) {
      AutoCloseable next;
      synchronized (started) {
        next = started.poll();
      }
      if (next == null) {
        return;
      }
      try {
        next.close();
      } catch (Exception e) {
        System.err.println("[faults] could not close " + next + ": " + e);
      }
    }
  }
}
