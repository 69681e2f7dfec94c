package vn.thidua.command.caseload.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;

/** ACCEPT (thụ lý): one row per accepted case, sent as {@link AcceptCase}. */
@Component
class AcceptRowKind implements ImportRowKind<AcceptRowKind.AcceptRow> {

  /** The same rules as {@code POST /api/cases}. */
  record AcceptRow(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @NotNull CaseType caseType,
      @NotNull LocalDate acceptedOn,
      Boolean carriedOver) {

    boolean isCarriedOver() {
      return Boolean.TRUE.equals(carriedOver);
    }
  }

  @Override
  public String name() {
    return "ACCEPT";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("THU_LY");
  }

  @Override
  public Map<String, String> columnAliases() {
    return Map.of(
        "mã vụ án", "caseId",
        "mã đơn vị", "unitId",
        "loại án", "caseType",
        "ngày thụ lý", "acceptedOn",
        "cũ chuyển sang", "carriedOver");
  }

  @Override
  public Class<AcceptRow> rowType() {
    return AcceptRow.class;
  }

  @Override
  public String caseId(AcceptRow row) {
    return row.caseId();
  }

  @Override
  public Object command(AcceptRow row) {
    return new AcceptCase(
        row.caseId(), row.unitId(), row.caseType(), row.acceptedOn(), row.isCarriedOver());
  }

  @Override
  public Recorded recorded(AcceptRow row, List<Object> history) {
    for (Object event : history) {
      if (event instanceof CaseAccepted accepted) {
        return compare(row, accepted);
      }
    }
    return Recorded.notYet();
  }

  private static Recorded compare(AcceptRow row, CaseAccepted accepted) {
    if (!Objects.equals(row.unitId(), accepted.unitId())) {
      return conflict("unitId", accepted.unitId(), row.unitId());
    }
    if (row.caseType() != accepted.caseType()) {
      return conflict("caseType", accepted.caseType(), row.caseType());
    }
    if (!row.acceptedOn().equals(accepted.acceptedOn())) {
      return conflict("acceptedOn", accepted.acceptedOn(), row.acceptedOn());
    }
    if (row.isCarriedOver() != accepted.carriedOver()) {
      return conflict("carriedOver", accepted.carriedOver(), row.isCarriedOver());
    }
    return Recorded.same();
  }

  private static Recorded conflict(String field, Object recorded, Object given) {
    return Recorded.different(
        field,
        "The case was already accepted with "
            + field
            + " "
            + recorded
            + ", but this row says "
            + given);
  }
}
