package vn.thidua.query.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.CovenantNotFound;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.recognition.Title;
import vn.thidua.query.ThrowawayMongo;

class CovenantDirectoryProjectionTest {
  private static final Instant DRAFTED_AT = Instant.parse("2024-01-10T02:00:00Z");
  private static final List<Commitment> COMMITMENTS =
      List.of(
          new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("90"), "Giải quyết trên 90 %"),
          new Commitment(Metric.ANNULLED_AMENDED_RATE, new BigDecimal("1.5"), null));
  private static final CovenantDrafted DRAFTED =
      new CovenantDrafted(
          "GU-IV-2024", "CUM-IV-2024", 2024, List.of("TAND-QN", "TAND-HP"), COMMITMENTS);

  private CovenantDirectoryProjection projection;

  @BeforeEach
  void freshDatabase() {
    projection = new CovenantDirectoryProjection(ThrowawayMongo.newDatabase());
  }

  @Test
  void aDraftedCovenantWaitsForEveryMemberToSign() {
    projection.on(DRAFTED, DRAFTED_AT);

    CovenantView covenant = projection.handle(new FindCovenant("GU-IV-2024"));

    assertThat(covenant)
        .isEqualTo(
            new CovenantView(
                "GU-IV-2024",
                "CUM-IV-2024",
                2024,
                List.of("TAND-QN", "TAND-HP"),
                COMMITMENTS,
                List.of(),
                List.of("TAND-QN", "TAND-HP"),
                false,
                null,
                DRAFTED_AT));
  }

  @Test
  void pledgesShowWhoSignedWhenWithTheTitlesRegisteredOnceEach() {
    projection.on(DRAFTED, DRAFTED_AT);
    projection.on(signed("TAND-HP", "2024-01-20", Title.EXCELLENT_COLLECTIVE));
    projection.on(signed("TAND-HP", "2024-01-20", Title.EXCELLENT_COLLECTIVE));

    CovenantView covenant = projection.handle(new FindCovenant("GU-IV-2024"));

    assertThat(covenant.pledges())
        .containsExactly(
            new Pledge(
                "TAND-HP",
                "Nguyễn Văn A",
                "Chánh án",
                LocalDate.parse("2024-01-20"),
                List.of(Title.EXCELLENT_COLLECTIVE)));
    assertThat(covenant.unsignedUnitIds()).containsExactly("TAND-QN");
    assertThat(covenant.concluded()).isFalse();
  }

  @Test
  void theLastSignatureConcludesTheCovenant() {
    projection.on(DRAFTED, DRAFTED_AT);
    projection.on(signed("TAND-HP", "2024-01-20", Title.EXCELLENT_COLLECTIVE));
    projection.on(signed("TAND-QN", "2024-01-18", Title.COURT_EMULATION_FLAG));
    projection.on(
        new CovenantConcluded(
            "GU-IV-2024",
            "CUM-IV-2024",
            2024,
            List.of("TAND-QN", "TAND-HP"),
            LocalDate.parse("2024-01-20")));
    projection.on(DRAFTED, DRAFTED_AT);

    CovenantView covenant = projection.handle(new FindCovenant("GU-IV-2024"));

    assertThat(covenant.concluded()).isTrue();
    assertThat(covenant.concludedOn()).isEqualTo("2024-01-20");
    assertThat(covenant.unsignedUnitIds()).isEmpty();
    assertThat(covenant.pledges()).extracting(Pledge::unitId).containsExactly("TAND-QN", "TAND-HP");
  }

  @Test
  void covenantsAreFilteredByYearClusterAndMember() {
    projection.on(DRAFTED, DRAFTED_AT);
    projection.on(
        new CovenantDrafted(
            "GU-IV-2025", "CUM-IV-2025", 2025, List.of("TAND-QN", "TAND-BN"), COMMITMENTS),
        DRAFTED_AT);
    projection.on(
        new CovenantDrafted(
            "GU-I-2025", "CUM-I-2025", 2025, List.of("TAND-HN", "TAND-VP"), COMMITMENTS),
        DRAFTED_AT);

    assertThat(projection.handle(new FindCovenants(null, null, null)))
        .extracting(CovenantView::covenantId)
        .containsExactly("GU-I-2025", "GU-IV-2025", "GU-IV-2024");
    assertThat(projection.handle(new FindCovenants(2025, "CUM-IV-2025", null)))
        .extracting(CovenantView::covenantId)
        .containsExactly("GU-IV-2025");
    assertThat(projection.handle(new FindCovenants(null, null, "TAND-QN")))
        .extracting(CovenantView::covenantId)
        .containsExactly("GU-IV-2025", "GU-IV-2024");
    assertThat(projection.handle(new FindCovenants(2024, "CUM-I-2025", null))).isEmpty();
  }

  @Test
  void anUnknownCovenantIsNotFound() {
    assertThatThrownBy(() -> projection.handle(new FindCovenant("GU-X")))
        .isInstanceOf(CovenantNotFound.class);
  }

  private static PledgeSigned signed(String unitId, String signedOn, Title title) {
    return new PledgeSigned(
        "GU-IV-2024",
        "CUM-IV-2024",
        2024,
        unitId,
        "Nguyễn Văn A",
        "Chánh án",
        LocalDate.parse(signedOn),
        List.of(title));
  }
}
