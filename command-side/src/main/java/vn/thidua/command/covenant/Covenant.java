package vn.thidua.command.covenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.messaging.Actor;
import vn.thidua.command.organisation.ClusterDirectory;
import vn.thidua.command.organisation.FormedCluster;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.covenant.ClusterAlreadyHasCovenant;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantAlreadyDrafted;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.CovenantYearMismatch;
import vn.thidua.events.covenant.DraftCovenant;
import vn.thidua.events.covenant.MetricCommittedTwice;
import vn.thidua.events.covenant.NoCommitments;
import vn.thidua.events.covenant.NotUnitHead;
import vn.thidua.events.covenant.PledgeAlreadySigned;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.covenant.SignPledge;
import vn.thidua.events.covenant.TitleNotForUnits;
import vn.thidua.events.covenant.TitleRegisteredTwice;
import vn.thidua.events.covenant.UnitOutsideCluster;
import vn.thidua.events.recognition.Title;
import vn.thidua.support.security.Role;

/**
 * The annual covenant (giao ước thi đua) of a cluster: its commitments, and the pledge each member
 * unit signs. Concluded when the last member signs.
 */
@Aggregate
class Covenant {
  @AggregateIdentifier private String covenantId;
  private String clusterId;
  private int year;
  private List<String> members;
  private final Map<String, Pledge> pledges = new HashMap<>();
  private boolean concluded;

  Covenant() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DraftCovenant command, ClusterDirectory clusters, CovenantDirectory covenants) {
    if (covenantId != null) {
      throw new CovenantAlreadyDrafted(command.covenantId());
    }
    FormedCluster cluster = clusters.require("clusterId", command.clusterId());
    if (cluster.emulationYear() != command.year()) {
      throw new CovenantYearMismatch(cluster.clusterId(), cluster.emulationYear());
    }
    Optional<String> existing = covenants.covenantOf(command.clusterId());
    if (existing.isPresent()) {
      throw new ClusterAlreadyHasCovenant(command.clusterId(), existing.get());
    }
    List<Commitment> commitments = command.commitments();
    if (commitments == null || commitments.isEmpty()) {
      throw new NoCommitments();
    }
    Set<Metric> metrics = EnumSet.noneOf(Metric.class);
    for (int i = 0; i < commitments.size(); i++) {
      if (!metrics.add(commitments.get(i).metric())) {
        throw new MetricCommittedTwice(
            "commitments[" + i + "].metric", commitments.get(i).metric());
      }
    }
    apply(
        new CovenantDrafted(
            command.covenantId(),
            command.clusterId(),
            command.year(),
            cluster.memberUnitIds(),
            List.copyOf(commitments)));
  }

  /**
   * Signing again with the same details changes nothing, so a retry is harmless; the signature that
   * completes the covenant also concludes it, dated with the latest signature.
   */
  @CommandHandler
  PledgeReceipt handle(SignPledge command, MetaData metaData, Clock clock) {
    Actor actor = Actor.from(metaData);
    boolean headOfTheUnit =
        actor.is(Role.UNIT_HEAD.name()) && Objects.equals(command.unitId(), actor.unitId());
    if (!headOfTheUnit && !actor.is(Role.ADMIN.name())) {
      throw new NotUnitHead(command.unitId());
    }
    if (command.unitId() == null || !members.contains(command.unitId())) {
      throw new UnitOutsideCluster(command.unitId(), clusterId);
    }
    List<Title> titles =
        command.registeredTitles() == null ? List.of() : command.registeredTitles();
    Set<Title> registered = EnumSet.noneOf(Title.class);
    for (int i = 0; i < titles.size(); i++) {
      Title title = titles.get(i);
      if (title.recipient() == Title.Recipient.PERSON) {
        throw new TitleNotForUnits("registeredTitles[" + i + "]", title);
      }
      if (!registered.add(title)) {
        throw new TitleRegisteredTwice("registeredTitles[" + i + "]", title);
      }
    }
    if (command.signedOn().isAfter(LocalDate.now(clock))) {
      throw new DateInFuture("signedOn");
    }
    Pledge pledge =
        new Pledge(command.signerName(), command.signerRole(), command.signedOn(), registered);
    Pledge earlier = pledges.get(command.unitId());
    if (earlier != null) {
      if (earlier.equals(pledge)) {
        return new PledgeReceipt(false, concluded);
      }
      throw new PledgeAlreadySigned(command.unitId());
    }
    apply(
        new PledgeSigned(
            covenantId,
            clusterId,
            year,
            command.unitId(),
            command.signerName(),
            command.signerRole(),
            command.signedOn(),
            List.copyOf(titles)));
    if (pledges.keySet().containsAll(members)) {
      LocalDate lastSignature =
          pledges.values().stream().map(Pledge::signedOn).max(LocalDate::compareTo).orElseThrow();
      apply(new CovenantConcluded(covenantId, clusterId, year, members, lastSignature));
    }
    return new PledgeReceipt(true, concluded);
  }

  @EventSourcingHandler
  void on(CovenantDrafted event) {
    covenantId = event.covenantId();
    clusterId = event.clusterId();
    year = event.year();
    members = List.copyOf(event.memberUnitIds());
  }

  @EventSourcingHandler
  void on(PledgeSigned event) {
    pledges.put(
        event.unitId(),
        new Pledge(
            event.signerName(),
            event.signerRole(),
            event.signedOn(),
            Set.copyOf(event.registeredTitles())));
  }

  @EventSourcingHandler
  void on(CovenantConcluded event) {
    concluded = true;
  }

  /** What a unit signed; the order in which titles were listed does not matter. */
  private record Pledge(
      String signerName, String signerRole, LocalDate signedOn, Set<Title> registeredTitles) {}
}
