package vn.thidua.query.covenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.covenant.Commitment;

@Document(CovenantDocument.COLLECTION)
record CovenantDocument(
    @Id String covenantId,
    String clusterId,
    int year,
    List<String> memberUnitIds,
    List<Commitment> commitments,
    List<Pledge> pledges,
    boolean concluded,
    LocalDate concludedOn,
    Instant draftedAt) {
  static final String COLLECTION = "covenants";
  private static final Comparator<Pledge> SIGNING_ORDER =
      Comparator.comparing(Pledge::signedOn).thenComparing(Pledge::unitId);

  CovenantView toView() {
    List<Pledge> signed = pledges == null ? List.of() : pledges;
    Set<String> signers = signed.stream().map(Pledge::unitId).collect(Collectors.toSet());
    return new CovenantView(
        covenantId,
        clusterId,
        year,
        memberUnitIds,
        commitments,
        signed.stream().sorted(SIGNING_ORDER).toList(),
        memberUnitIds.stream().filter(unitId -> !signers.contains(unitId)).toList(),
        concluded,
        concludedOn,
        draftedAt);
  }
}
