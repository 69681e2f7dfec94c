package vn.thidua.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what a load created and what an earlier run had already created. */
final class LoadTally {
  enum Kind {
    UNITS,
    CAMPAIGN,
    ACCEPTANCES,
    VERDICTS,
    APPEAL_OUTCOMES,
    JUDGMENTS_EFFECTIVE,
    PUBLICATIONS,
    MEDIATION_TRANSFERS,
    MEDIATION_OUTCOMES,
    VIRTUAL_ASSISTANT_USE,
    CLUSTER,
    COVENANT,
    PLEDGES
  }

  private final Map<Kind, AtomicInteger> created = new EnumMap<>(Kind.class);
  private final Map<Kind, AtomicInteger> alreadyThere = new EnumMap<>(Kind.class);

  LoadTally() {
    for (Kind kind : Kind.values()) {
      created.put(kind, new AtomicInteger());
      alreadyThere.put(kind, new AtomicInteger());
    }
  }

  /** Counts an answer; anything but "created" or "already there" stops the load. */
  void count(Kind kind, ApiAnswer answer) {
    if (answer.created()) {
      created.get(kind).incrementAndGet();
    } else if (answer.alreadyThere()) {
      alreadyThere.get(kind).incrementAndGet();
    } else {
      throw new UnexpectedAnswer(answer);
    }
  }

  int created(Kind kind) {
    return created.get(kind).get();
  }

  int alreadyThere(Kind kind) {
    return alreadyThere.get(kind).get();
  }

  int total(Kind kind) {
    return created(kind) + alreadyThere(kind);
  }

  int requests() {
    int requests = 0;
    for (Kind kind : Kind.values()) {
      requests += total(kind);
    }
    return requests;
  }
}
