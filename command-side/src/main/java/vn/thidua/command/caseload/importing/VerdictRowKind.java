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
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;

/** VERDICT (giải quyết): one row per resolved case, sent as {@link RecordVerdict}. */
@Component
class VerdictRowKind implements ImportRowKind<VerdictRowKind.VerdictRow> {

  /** The same rules as {@code POST /api/cases/{caseId}/verdict}. */
  record VerdictRow(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @NotNull LocalDate resolvedOn,
      @NotNull VerdictOutcome outcome,
      Boolean onlineTrial,
      Boolean modelTrial,
      @Size(max = 64) String presidingJudgeId) {

    boolean isOnlineTrial() {
      return Boolean.TRUE.equals(onlineTrial);
    }

    boolean isModelTrial() {
      return Boolean.TRUE.equals(modelTrial);
    }
  }

  @Override
  public String name() {
    return "VERDICT";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("GIAI_QUYET");
  }

  @Override
  public Map<String, String> columnAliases() {
    return Map.of(
        "ngày giải quyết", "resolvedOn",
        "kết quả", "outcome",
        "xét xử trực tuyến", "onlineTrial",
        "rút kinh nghiệm", "modelTrial",
        "mã thẩm phán", "presidingJudgeId");
  }

  @Override
  public Class<VerdictRow> rowType() {
    return VerdictRow.class;
  }

  @Override
  public String caseId(VerdictRow row) {
    return row.caseId();
  }

  @Override
  public Object command(VerdictRow row) {
    return new RecordVerdict(
        row.caseId(),
        row.resolvedOn(),
        row.outcome(),
        row.isOnlineTrial(),
        row.isModelTrial(),
        row.presidingJudgeId());
  }

  @Override
  public Recorded recorded(VerdictRow row, List<Object> history) {
    for (Object event : history) {
      if (event instanceof VerdictRecorded verdict) {
        return compare(row, verdict);
      }
    }
    return Recorded.notYet();
  }

  private static Recorded compare(VerdictRow row, VerdictRecorded verdict) {
    if (!row.resolvedOn().equals(verdict.resolvedOn())) {
      return conflict("resolvedOn", verdict.resolvedOn(), row.resolvedOn());
    }
    if (row.outcome() != verdict.outcome()) {
      return conflict("outcome", verdict.outcome(), row.outcome());
    }
    if (row.isOnlineTrial() != verdict.onlineTrial()) {
      return conflict("onlineTrial", verdict.onlineTrial(), row.isOnlineTrial());
    }
    if (row.isModelTrial() != verdict.modelTrial()) {
      return conflict("modelTrial", verdict.modelTrial(), row.isModelTrial());
    }
    if (!Objects.equals(row.presidingJudgeId(), verdict.presidingJudgeId())) {
      return conflict("presidingJudgeId", verdict.presidingJudgeId(), row.presidingJudgeId());
    }
    return Recorded.same();
  }

  private static Recorded conflict(String field, Object recorded, Object given) {
    return Recorded.different(
        field,
        "The case already has a verdict with "
            + field
            + " "
            + recorded
            + ", but this row says "
            + given);
  }
}
