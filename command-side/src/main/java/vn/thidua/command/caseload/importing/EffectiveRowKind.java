package vn.thidua.command.caseload.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.RecordJudgmentEffective;

/**
 * EFFECTIVE (hiệu lực): the judgment took legal effect, sent as {@link RecordJudgmentEffective}.
 */
@Component
class EffectiveRowKind implements ImportRowKind<EffectiveRowKind.EffectiveRow> {

  /** The same rules as {@code POST /api/cases/{caseId}/judgment-effective}. */
  record EffectiveRow(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @NotNull LocalDate effectiveOn) {}

  @Override
  public String name() {
    return "EFFECTIVE";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("HIEU_LUC");
  }

  @Override
  public Map<String, String> columnAliases() {
    return Map.of("ngày hiệu lực", "effectiveOn", "ngày có hiệu lực", "effectiveOn");
  }

  @Override
  public Class<EffectiveRow> rowType() {
    return EffectiveRow.class;
  }

  @Override
  public String caseId(EffectiveRow row) {
    return row.caseId();
  }

  @Override
  public Object command(EffectiveRow row) {
    return new RecordJudgmentEffective(row.caseId(), row.effectiveOn());
  }

  @Override
  public Recorded recorded(EffectiveRow row, List<Object> history) {
    for (Object event : history) {
      if (event instanceof JudgmentTookEffect effect) {
        return row.effectiveOn().equals(effect.effectiveOn())
            ? Recorded.same()
            : Recorded.different(
                "effectiveOn",
                "The judgment already took effect on "
                    + effect.effectiveOn()
                    + ", but this row says "
                    + row.effectiveOn());
      }
    }
    return Recorded.notYet();
  }
}
