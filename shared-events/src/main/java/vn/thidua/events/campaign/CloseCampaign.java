package vn.thidua.events.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a campaign: phases not yet frozen are frozen now; no revision is accepted afterwards. */
public record CloseCampaign(@TargetAggregateIdentifier String campaignId, String reason) {}
