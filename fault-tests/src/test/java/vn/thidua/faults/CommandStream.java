package vn.thidua.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import vn.thidua.testing.Processes;

/**
 * Clients sending commands without pause, each with a fresh number, and every answer kept: how many
 * were accepted, refused, how long each took. Bounded in count and time, so it stops by itself.
 */
final class CommandStream implements AutoCloseable {
  private static final int MAX_COMMANDS = 20_000;
  private static final Duration MAX_DURATION = Duration.ofMinutes(4);

  private final BiFunction<Integer, Integer, Api.Answer> send;
  private final int limit;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ConcurrentLinkedQueue<Sent> answers = new ConcurrentLinkedQueue<>();
  private final List<Thread> clients = new ArrayList<>();

  /** {@code send} gets the command's number (from 1) and the client's number and sends it. */
  CommandStream(int clientCount, BiFunction<Integer, Integer, Api.Answer> send) {
    this(clientCount, MAX_COMMANDS, send);
  }

  /** Sends commands 1 to {@code limit}, then stops. */
  CommandStream(int clientCount, int limit, BiFunction<Integer, Integer, Api.Answer> send) {
    this.send = send;
    this.limit = Math.min(limit, MAX_COMMANDS);
    Instant deadline = Instant.now().plus(MAX_DURATION);
    for (int client = 0; client < clientCount; client++) {
      int clientNumber = client;
      Thread thread = new Thread(() -> run(clientNumber, deadline), "fault-client-" + client);
      thread.setDaemon(true);
      clients.add(thread);
    }
  }

  CommandStream start() {
    clients.forEach(Thread::start);
    return this;
  }

  private void run(int client, Instant deadline) {
    while (!stopped.get() && Instant.now().isBefore(deadline)) {
      int number = next.incrementAndGet();
      if (number > limit) {
        return;
      }
      Instant sentAt = Instant.now();
      answers.add(new Sent(number, sentAt, send.apply(number, client)));
    }
  }

  /** Waits until {@code count} answers sent after {@code since} pass {@code test}. */
  void awaitAnswers(Instant since, int count, Predicate<Api.Answer> test, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (matching(since, test) < count) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "only " + matching(since, test) + " of " + count + " answers in " + timeout);
      }
      Processes.pause(Duration.ofMillis(50));
    }
  }

  private long matching(Instant since, Predicate<Api.Answer> test) {
    return answers.stream()
        .filter(sent -> !sent.sentAt().isBefore(since) && test.test(sent.answer()))
        .count();
  }

  @Override
  public void close() {
    stopped.set(true);
    for (Thread client : clients) {
      try {
        client.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  List<Sent> answers() {
    return List.copyOf(answers);
  }

  Map<Integer, Long> statuses() {
    Map<Integer, Long> statuses = new TreeMap<>();
    answers.forEach(sent -> statuses.merge(sent.answer().status(), 1L, Long::sum));
    return statuses;
  }

  record Sent(int number, Instant sentAt, Api.Answer answer) {}
}
