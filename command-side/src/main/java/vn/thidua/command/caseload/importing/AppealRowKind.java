package vn.thidua.command.caseload.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.RecordAppealOutcome;

/**
 * APPEAL (phúc thẩm): the higher court's decision on a judgment, sent as {@link
 * RecordAppealOutcome}.
 */
@Component
class AppealRowKind implements ImportRowKind<AppealRowKind.AppealRow> {

  /** The same rules as {@code POST /api/cases/{caseId}/appeal-outcome}. */
  record AppealRow(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @NotNull LocalDate decidedOn,
      @NotNull AppealResult result,
      AppealScope scope,
      AppealCause cause,
      @Size(max = 2000) String reason) {}

  @Override
  public String name() {
    return "APPEAL";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("PHUC_THAM");
  }

  @Override
  public Map<String, String> columnAliases() {
    return Map.of(
        "ngày phúc thẩm", "decidedOn",
        "kết quả phúc thẩm", "result",
        "phạm vi", "scope",
        "nguyên nhân", "cause",
        "lý do", "reason");
  }

  @Override
  public Class<AppealRow> rowType() {
    return AppealRow.class;
  }

  @Override
  public String caseId(AppealRow row) {
    return row.caseId();
  }

  @Override
  public Object command(AppealRow row) {
    return new RecordAppealOutcome(
        row.caseId(), row.decidedOn(), row.result(), row.scope(), row.cause(), row.reason());
  }

  @Override
  public Recorded recorded(AppealRow row, List<Object> history) {
    for (Object event : history) {
      if (event instanceof AppealOutcomeRecorded appeal) {
        return compare(row, appeal);
      }
    }
    return Recorded.notYet();
  }

  private static Recorded compare(AppealRow row, AppealOutcomeRecorded appeal) {
    if (!row.decidedOn().equals(appeal.decidedOn())) {
      return conflict("decidedOn", appeal.decidedOn(), row.decidedOn());
    }
    if (row.result() != appeal.result()) {
      return conflict("result", appeal.result(), row.result());
    }
    if (row.scope() != appeal.scope()) {
      return conflict("scope", appeal.scope(), row.scope());
    }
    if (row.cause() != appeal.cause()) {
      return conflict("cause", appeal.cause(), row.cause());
    }
    if (!Objects.equals(row.reason(), appeal.reason())) {
      return conflict("reason", appeal.reason(), row.reason());
    }
    return Recorded.same();
  }

  private static Recorded conflict(String field, Object recorded, Object given) {
    return Recorded.different(
        field,
        "The case already has an appeal outcome with "
            + field
            + " "
            + recorded
            + ", but this row says "
            + given);
  }
}
