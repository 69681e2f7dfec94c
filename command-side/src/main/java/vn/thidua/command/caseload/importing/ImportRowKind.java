package vn.thidua.command.caseload.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of fact a court's case-management export can carry, such as an acceptance (ACCEPT) or a
 * verdict (VERDICT). A new kind of caseload command joins the import by declaring a Spring bean of
 * this type: its row record (columns = record components, with Bean Validation), the command it
 * sends, and how to tell from the case's recorded events whether the row already took effect.
 *
 * @param <R> the row record
 */
public interface ImportRowKind<R> {

  /** The value of the {@code kind} column, e.g. {@code ACCEPT}. */
  String name();

  /** Other accepted values of the {@code kind} column, e.g. the Vietnamese {@code THU_LY}. */
  default Set<String> aliases() {
    return Set.of();
  }

  /**
   * Extra column headers (any case, with or without Vietnamese diacritics) and the record component
   * each stands for, e.g. {@code "ngày thụ lý" -> "acceptedOn"}.
   */
  default Map<String, String> columnAliases() {
    return Map.of();
  }

  Class<R> rowType();

  /** The aggregate the row addresses; rows of one case are sent in file order. */
  String caseId(R row);

  Object command(R row);

  /** Compares the row with the payloads of the events the case already has, oldest first. */
  Recorded recorded(R row, List<Object> history);

  /** Whether a row already took effect: not yet, the same way, or differently (a conflict). */
  record Recorded(State state, String field, String message) {
    public enum State {
      NOT_YET,
      SAME,
      DIFFERENT
    }

    public static Recorded notYet() {
      return new Recorded(State.NOT_YET, null, null);
    }

    public static Recorded same() {
      return new Recorded(State.SAME, null, null);
    }

    /** The row contradicts what was recorded; {@code field} names the first differing column. */
    public static Recorded different(String field, String message) {
      return new Recorded(State.DIFFERENT, field, message);
    }
  }
}
