package vn.thidua.events.campaign;

import java.time.LocalDate;
import java.util.List;

/** A phase ended: its ranked standings are frozen and become the evidence for decisions. */
public record PhaseStandingsFrozen(
    String campaignId, String phaseId, LocalDate endedOn, List<FrozenStanding> standings) {}
