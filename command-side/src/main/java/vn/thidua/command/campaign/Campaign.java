package vn.thidua.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.campaign.tally.CampaignTally;
import vn.thidua.command.organisation.ClusterDirectory;
import vn.thidua.command.organisation.FormedCluster;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.campaign.CampaignAlreadyClosed;
import vn.thidua.events.campaign.CampaignAlreadyLaunched;
import vn.thidua.events.campaign.CampaignClosed;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CampaignRuleBroken;
import vn.thidua.events.campaign.CloseCampaign;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.campaign.ReviseCriteria;
import vn.thidua.events.campaign.UnknownCampaignPhase;
import vn.thidua.events.organisation.UnknownCluster;
import vn.thidua.scoring.ScoreCard;
import vn.thidua.scoring.ScoringTable;

/**
 * A campaign (phong trào thi đua) with its phases, scoring tables and participants. Each phase
 * closes through a durable deadline at the end of its last day, which freezes its standings.
 */
@Aggregate
class Campaign {
  @AggregateIdentifier private String campaignId;
  private List<String> participantUnitIds;
  private List<Phase> phases;
  private final Map<String, ScoringTable> tables = new HashMap<>();
  private final Set<String> frozenPhaseIds = new HashSet<>();
  private boolean closed;

  Campaign() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      LaunchCampaign command,
      UnitDirectory directory,
      ClusterDirectory clusters,
      DeadlineManager deadlines,
      CampaignSettings settings,
      Clock clock) {
    if (campaignId != null) {
      throw new CampaignAlreadyLaunched(command.campaignId());
    }
    directory.requireRegistered("organiserUnitId", command.organiserUnitId());
    for (int i = 0; i < command.participantUnitIds().size(); i++) {
      directory.requireRegistered(
          "participantUnitIds[" + i + "]", command.participantUnitIds().get(i));
    }
    CampaignPeriodRules.check(command);
    List<String> participantUnitIds = participants(command, clusters);
    new ScoringTable(command.criteria(), command.adjustments(), command.gates()).check();
    apply(
        new CampaignLaunched(
            command.campaignId(),
            command.organiserUnitId(),
            command.title(),
            command.theme(),
            command.startsOn(),
            command.endsOn(),
            participantUnitIds,
            command.phases(),
            command.criteria(),
            command.adjustments(),
            command.gates(),
            command.reason(),
            command.participantClusterIds().stream().distinct().toList()));
    for (Phase phase : command.phases()) {
      deadlines.schedule(
          untilClose(phase, settings, clock),
          PhaseCloseDue.DEADLINE,
          new PhaseCloseDue(phase.phaseId()));
    }
  }

  /**
   * The units named, then the members of each cluster named, once each. A cluster must be formed
   * and its emulation year (1 Oct – 30 Sep) must share at least one day with the campaign period,
   * since a cluster's membership holds for that year only.
   */
  private static List<String> participants(LaunchCampaign command, ClusterDirectory clusters) {
    Set<String> units = new LinkedHashSet<>(command.participantUnitIds());
    for (int i = 0; i < command.participantClusterIds().size(); i++) {
      String field = "participantClusterIds[" + i + "]";
      String clusterId = command.participantClusterIds().get(i);
      FormedCluster cluster =
          clusters.find(clusterId).orElseThrow(() -> new UnknownCluster(field, clusterId));
      LocalDate yearStarts = LocalDate.of(cluster.emulationYear() - 1, 10, 1);
      LocalDate yearEnds = LocalDate.of(cluster.emulationYear(), 9, 30);
      if (yearStarts.isAfter(command.endsOn()) || yearEnds.isBefore(command.startsOn())) {
        throw new CampaignRuleBroken(
            field,
            "cluster-year-within-campaign-period",
            "Cluster '"
                + clusterId
                + "' is formed for the emulation year "
                + cluster.emulationYear()
                + " ("
                + yearStarts
                + " – "
                + yearEnds
                + "), outside the campaign period "
                + command.startsOn()
                + " – "
                + command.endsOn());
      }
      units.addAll(cluster.memberUnitIds());
    }
    if (units.isEmpty()) {
      throw new CampaignRuleBroken(
          "participantUnitIds",
          "at-least-one-participant",
          "Name at least one participating unit or cluster");
    }
    return List.copyOf(units);
  }

  /**
   * Measured on the injected clock, so a phase that already ended is due at once, and tests can
   * move the business clock without waiting for real days.
   */
  private static Duration untilClose(Phase phase, CampaignSettings settings, Clock clock) {
    Instant closesAt =
        phase
            .endsOn()
            .plusDays(1)
            .atStartOfDay(settings.zone())
            .toInstant()
            .plus(settings.closingGrace());
    Duration remaining = Duration.between(clock.instant(), closesAt);
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  @CommandHandler
  void handle(ReviseCriteria command, Clock clock) {
    if (closed) {
      throw new CampaignAlreadyClosed(campaignId);
    }
    Phase phase = phase(command.phaseId());
    if (!LocalDate.now(clock).isBefore(phase.startsOn())) {
      throw new CampaignRuleBroken(
          "phaseId",
          "revise-before-phase-starts",
          "Phase '"
              + phase.phaseId()
              + "' started on "
              + phase.startsOn()
              + "; its scoring table can no longer change");
    }
    requireReason(command.reason());
    new ScoringTable(command.criteria(), command.adjustments(), command.gates()).check();
    apply(
        new CriteriaRevised(
            campaignId,
            command.phaseId(),
            command.criteria(),
            command.adjustments(),
            command.gates(),
            command.reason()));
  }

  @CommandHandler
  void handle(CloseCampaign command, CampaignTally tally, Clock clock) {
    if (closed) {
      throw new CampaignAlreadyClosed(campaignId);
    }
    requireReason(command.reason());
    LocalDate today = LocalDate.now(clock);
    List<String> cancelled = new ArrayList<>();
    for (Phase phase : phases) {
      if (phase.startsOn().isAfter(today)) {
        cancelled.add(phase.phaseId());
      } else {
        freeze(phase, phase.endsOn().isAfter(today) ? today : phase.endsOn(), tally);
      }
    }
    apply(new CampaignClosed(campaignId, today, List.copyOf(cancelled), command.reason()));
  }

  @DeadlineHandler(deadlineName = PhaseCloseDue.DEADLINE)
  void on(PhaseCloseDue due, CampaignTally tally) {
    if (closed) {
      return;
    }
    Phase phase = phase(due.phaseId());
    freeze(phase, phase.endsOn(), tally);
  }

  /** Freezing twice changes nothing: the first freeze is the evidence. */
  private void freeze(Phase phase, LocalDate endedOn, CampaignTally tally) {
    if (frozenPhaseIds.contains(phase.phaseId())) {
      return;
    }
    ScoringTable table = tables.get(phase.phaseId());
    apply(
        new PhaseStandingsFrozen(
            campaignId,
            phase.phaseId(),
            endedOn,
            ScoreCard.rank(
                table, tally.figures(participantUnitIds, phase.startsOn(), endedOn).values())));
  }

  private Phase phase(String phaseId) {
    return phases.stream()
        .filter(phase -> phase.phaseId().equals(phaseId))
        .findFirst()
        .orElseThrow(() -> new UnknownCampaignPhase(phaseId));
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new CampaignRuleBroken("reason", "reason-required", "Say why (a reason is required)");
    }
  }

  @EventSourcingHandler
  void on(CampaignLaunched event) {
    campaignId = event.campaignId();
    participantUnitIds = List.copyOf(event.participantUnitIds());
    phases = event.phases().stream().sorted(Comparator.comparing(Phase::startsOn)).toList();
    ScoringTable table = new ScoringTable(event.criteria(), event.adjustments(), event.gates());
    phases.forEach(phase -> tables.put(phase.phaseId(), table));
  }

  /** The revised table applies to the named phase and every later one. */
  @EventSourcingHandler
  void on(CriteriaRevised event) {
    ScoringTable table = new ScoringTable(event.criteria(), event.adjustments(), event.gates());
    LocalDate from = phase(event.phaseId()).startsOn();
    phases.stream()
        .filter(phase -> !phase.startsOn().isBefore(from))
        .forEach(phase -> tables.put(phase.phaseId(), table));
  }

  @EventSourcingHandler
  void on(PhaseStandingsFrozen event) {
    frozenPhaseIds.add(event.phaseId());
  }

  @EventSourcingHandler
  void on(CampaignClosed event) {
    closed = true;
  }
}
