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
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.PublishJudgment;

/**
 * PUBLICATION (công bố): the judgment was published on the courts' portal, sent as {@link
 * PublishJudgment}; the portal URL is optional.
 */
@Component
class PublicationRowKind implements ImportRowKind<PublicationRowKind.PublicationRow> {

  /** The same rules as {@code POST /api/cases/{caseId}/publication}. */
  record PublicationRow(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @NotNull LocalDate publishedOn,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String portalUrl) {}

  @Override
  public String name() {
    return "PUBLICATION";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("CONG_BO");
  }

  @Override
  public Map<String, String> columnAliases() {
    return Map.of("ngày công bố", "publishedOn", "đường dẫn công bố", "portalUrl");
  }

  @Override
  public Class<PublicationRow> rowType() {
    return PublicationRow.class;
  }

  @Override
  public String caseId(PublicationRow row) {
    return row.caseId();
  }

  @Override
  public Object command(PublicationRow row) {
    return new PublishJudgment(row.caseId(), row.publishedOn(), row.portalUrl());
  }

  @Override
  public Recorded recorded(PublicationRow row, List<Object> history) {
    for (Object event : history) {
      if (event instanceof JudgmentPublished published) {
        return compare(row, published);
      }
    }
    return Recorded.notYet();
  }

  private static Recorded compare(PublicationRow row, JudgmentPublished published) {
    if (!row.publishedOn().equals(published.publishedOn())) {
      return conflict("publishedOn", published.publishedOn(), row.publishedOn());
    }
    if (!Objects.equals(row.portalUrl(), published.portalUrl())) {
      return conflict("portalUrl", published.portalUrl(), row.portalUrl());
    }
    return Recorded.same();
  }

  private static Recorded conflict(String field, Object recorded, Object given) {
    return Recorded.different(
        field,
        "The judgment was already published with "
            + field
            + " "
            + recorded
            + ", but this row says "
            + given);
  }
}
