package vn.thidua.events.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * The campaign ended on {@code closedOn}. Phases that had not started by then never ran: they are
 * listed as cancelled and never frozen.
 */
public record CampaignClosed(
    String campaignId, LocalDate closedOn, List<String> cancelledPhaseIds, String reason) {}
