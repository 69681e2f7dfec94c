package vn.thidua.command.caseload.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.thidua.command.caseload.importing.ImportRowKind.Recorded;
import vn.thidua.command.caseload.importing.RowChecker.CheckedRow;
import vn.thidua.command.messaging.Actor;
import vn.thidua.command.messaging.CommandSender;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.UnknownCase;
import vn.thidua.events.problem.AlreadyDone;
import vn.thidua.events.problem.DomainException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Sends the rows of one upload as commands while the body is still being read. Rows go to a fixed
 * number of lanes by case id, so at most {@code lanes} commands are in flight and the rows of one
 * case are sent in file order (an ACCEPT before its VERDICT). Each lane's queue is bounded: when
 * the lanes fall behind, the reader waits instead of buffering the file.
 *
 * <p>Before sending, a row is compared with the events its case already has: a row that already
 * took effect with the same data is "unchanged" and sends nothing, which makes uploading a file
 * twice harmless; a row that contradicts them is rejected.
 */
@Component
class CaseloadImporter {
  static final String CONFLICT_RULE = "row-must-match-recorded-case";
  private static final Logger log = LoggerFactory.getLogger(CaseloadImporter.class);
  private static final AtomicInteger IMPORTS = new AtomicInteger();

  private final CommandSender commands;
  private final EventStore events;
  private final UnitDirectory directory;
  private final ImportProperties properties;

  CaseloadImporter(
      CommandSender commands,
      EventStore events,
      UnitDirectory directory,
      ImportProperties properties) {
    this.commands = commands;
    this.events = events;
    this.directory = directory;
    this.properties = properties;
  }

  ImportReport run(
      RowSource source, RowChecker checker, Authentication user, HttpServletRequest http)
      throws IOException {
    ImportTally tally = new ImportTally(properties.listedRejections());
    int lanes = properties.lanes();
    int importNumber = IMPORTS.incrementAndGet();
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            lanes,
            task -> {
              Thread thread =
                  new Thread(
                      task, "import-" + importNumber + "-lane-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    List<BlockingQueue<Lane.Item>> queues = new ArrayList<>();
    List<Future<?>> running = new ArrayList<>();
    for (int index = 0; index < lanes; index++) {
      BlockingQueue<Lane.Item> queue = new ArrayBlockingQueue<>(properties.laneQueue());
      queues.add(queue);
      running.add(pool.submit(new Lane(queue, tally, user, http)));
    }
    try {
      for (RawRow raw = source.next(); raw != null; raw = source.next()) {
        tally.read();
        RowChecker.Outcome outcome = checker.check(raw);
        if (outcome.rejected() != null) {
          tally.rejected(outcome.rejected());
        } else {
          CheckedRow row = outcome.checked();
          queues.get(Math.floorMod(row.caseId().hashCode(), lanes)).put(new Lane.Item(row));
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("The import was interrupted", interrupted);
    } finally {
      for (BlockingQueue<Lane.Item> queue : queues) {
        putUninterruptibly(queue, Lane.Item.END);
      }
      awaitAll(running);
      pool.shutdown();
    }
    return tally.report();
  }

  private static void putUninterruptibly(BlockingQueue<Lane.Item> queue, Lane.Item item) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(item);
        break;
      } catch (InterruptedException again) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitAll(List<Future<?>> running) {
    for (Future<?> lane : running) {
      try {
        lane.get();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException failed) {
        log.error("An import lane failed", failed.getCause());
      }
    }
  }

  /** Sends the rows of its cases one after the other. */
  private final class Lane implements Runnable {
    record Item(CheckedRow row) {
      static final Item END = new Item(null);
    }

    private final BlockingQueue<Item> queue;
    private final ImportTally tally;
    private final Authentication user;
    private final HttpServletRequest http;
    private final Actor actor;

    Lane(
        BlockingQueue<Item> queue,
        ImportTally tally,
        Authentication user,
        HttpServletRequest http) {
      this.queue = queue;
      this.tally = tally;
      this.user = user;
      this.http = http;
      CurrentUser current = CurrentUser.from(user);
      this.actor =
          new Actor(
              current.userId(),
              current.unitId(),
              current.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Override
    public void run() {
      try {
        for (Item item = queue.take(); item != Item.END; item = queue.take()) {
          record(item.row());
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private void record(CheckedRow row) {
      try {
        Recorded before = recorded(row);
        if (before.state() != Recorded.State.NOT_YET) {
          count(row, before);
          return;
        }
        commands.send(row.kind().command(row.row()), user, http);
        tally.accepted();
      } catch (AggregateNotFoundException notAccepted) {
        reject(row, new UnknownCase(row.caseId()));
      } catch (AlreadyDone raced) {
        compareAgain(row, raced);
      } catch (DomainException refused) {
        reject(row, refused);
      } catch (RuntimeException failed) {
        log.warn("Import row {} of case {} was not recorded", row.line(), row.caseId(), failed);
        tally.rejected(
            new RejectedRow(
                row.line(),
                row.kind().name(),
                row.caseId(),
                null,
                "recorded",
                "The row could not be recorded because of a technical fault; upload it again"));
      }
    }

    /** Another upload or request recorded the same fact a moment ago: compare once more. */
    private void compareAgain(CheckedRow row, AlreadyDone raced) {
      try {
        Recorded after = recorded(row);
        if (after.state() == Recorded.State.NOT_YET) {
          reject(row, raced);
        } else {
          count(row, after);
        }
      } catch (DomainException refused) {
        reject(row, refused);
      }
    }

    /**
     * What the case already says about the row. Only for cases of the uploader's own units: a clerk
     * learns nothing about another court's cases from an import.
     */
    private Recorded recorded(CheckedRow row) {
      List<Object> history =
          events.readEvents(row.caseId()).asStream().<Object>map(Message::getPayload).toList();
      history.stream()
          .filter(CaseAccepted.class::isInstance)
          .map(accepted -> ((CaseAccepted) accepted).unitId())
          .findFirst()
          .ifPresent(unitId -> directory.requireInScope("caseId", unitId, actor));
      return row.kind().recorded(row.row(), history);
    }

    private void count(CheckedRow row, Recorded recorded) {
      if (recorded.state() == Recorded.State.SAME) {
        tally.unchanged();
      } else {
        tally.rejected(
            new RejectedRow(
                row.line(),
                row.kind().name(),
                row.caseId(),
                recorded.field(),
                CONFLICT_RULE,
                recorded.message()));
      }
    }

    private void reject(CheckedRow row, DomainException refused) {
      tally.rejected(
          new RejectedRow(
              row.line(),
              row.kind().name(),
              row.caseId(),
              refused.field(),
              refused.rule(),
              refused.getMessage()));
    }
  }
}
