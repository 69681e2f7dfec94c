package vn.thidua.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.campaign.CampaignAlreadyLaunched;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.LaunchCampaign;

/** A campaign (phong trào thi đua) with its phases, criteria and participants. */
@Aggregate
class Campaign {
  @AggregateIdentifier private String campaignId;

  Campaign() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(LaunchCampaign command, UnitDirectory directory) {
    if (campaignId != null) {
      throw new CampaignAlreadyLaunched(command.campaignId());
    }
    directory.requireRegistered("organiserUnitId", command.organiserUnitId());
    for (int i = 0; i < command.participantUnitIds().size(); i++) {
      directory.requireRegistered(
          "participantUnitIds[" + i + "]", command.participantUnitIds().get(i));
    }
    CampaignPeriodRules.check(command);
    apply(
        new CampaignLaunched(
            command.campaignId(),
            command.organiserUnitId(),
            command.title(),
            command.theme(),
            command.startsOn(),
            command.endsOn(),
            command.participantUnitIds(),
            command.phases(),
            command.criteria(),
            command.reason()));
  }

  @EventSourcingHandler
  void on(CampaignLaunched event) {
    campaignId = event.campaignId();
  }
}
