package vn.thidua.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.events.organisation.ChairIsDeputy;
import vn.thidua.events.organisation.ChangeClusterLeadership;
import vn.thidua.events.organisation.ClusterAlreadyFormed;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;
import vn.thidua.events.organisation.FormCluster;
import vn.thidua.events.organisation.LeaderNotMember;
import vn.thidua.events.organisation.MemberListedTwice;
import vn.thidua.events.organisation.TooFewClusterMembers;
import vn.thidua.events.organisation.UnitInAnotherCluster;

/** An emulation cluster (cụm thi đua) of one emulation year: its members, chair and deputy. */
@Aggregate
class Cluster {
  private static final int MINIMUM_MEMBERS = 2;

  @AggregateIdentifier private String clusterId;
  private int emulationYear;
  private Set<String> members;
  private String chairUnitId;
  private String deputyUnitId;

  Cluster() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(FormCluster command, UnitDirectory units, ClusterDirectory clusters) {
    if (clusterId != null) {
      throw new ClusterAlreadyFormed(command.clusterId());
    }
    List<String> memberUnitIds = command.memberUnitIds();
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < memberUnitIds.size(); i++) {
      if (!distinct.add(memberUnitIds.get(i))) {
        throw new MemberListedTwice("memberUnitIds[" + i + "]", memberUnitIds.get(i));
      }
    }
    if (distinct.size() < MINIMUM_MEMBERS) {
      throw new TooFewClusterMembers();
    }
    for (int i = 0; i < memberUnitIds.size(); i++) {
      units.requireRegistered("memberUnitIds[" + i + "]", memberUnitIds.get(i));
    }
    requireLeaders(distinct, command.chairUnitId(), command.deputyUnitId());
    for (int i = 0; i < memberUnitIds.size(); i++) {
      String unitId = memberUnitIds.get(i);
      Optional<String> other = clusters.clusterOf(unitId, command.emulationYear());
      if (other.isPresent()) {
        throw new UnitInAnotherCluster(
            "memberUnitIds[" + i + "]", unitId, command.emulationYear(), other.get());
      }
    }
    apply(
        new ClusterFormed(
            command.clusterId(),
            command.emulationYear(),
            command.name(),
            List.copyOf(memberUnitIds),
            command.chairUnitId(),
            command.deputyUnitId()));
  }

  /** Naming the current chair and deputy again changes nothing, so a retry is harmless. */
  @CommandHandler
  void handle(ChangeClusterLeadership command) {
    requireLeaders(members, command.chairUnitId(), command.deputyUnitId());
    if (command.chairUnitId().equals(chairUnitId) && command.deputyUnitId().equals(deputyUnitId)) {
      return;
    }
    apply(
        new ClusterLeadershipChanged(
            clusterId,
            emulationYear,
            command.chairUnitId(),
            command.deputyUnitId(),
            command.reason()));
  }

  private static void requireLeaders(Set<String> members, String chair, String deputy) {
    if (chair == null || !members.contains(chair)) {
      throw new LeaderNotMember("chairUnitId", chair);
    }
    if (deputy == null || !members.contains(deputy)) {
      throw new LeaderNotMember("deputyUnitId", deputy);
    }
    if (chair.equals(deputy)) {
      throw new ChairIsDeputy();
    }
  }

  @EventSourcingHandler
  void on(ClusterFormed event) {
    clusterId = event.clusterId();
    emulationYear = event.emulationYear();
    members = Set.copyOf(event.memberUnitIds());
    chairUnitId = event.chairUnitId();
    deputyUnitId = event.deputyUnitId();
  }

  @EventSourcingHandler
  void on(ClusterLeadershipChanged event) {
    chairUnitId = event.chairUnitId();
    deputyUnitId = event.deputyUnitId();
  }
}
