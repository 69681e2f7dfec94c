package vn.thidua.events.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LaunchCampaign(
    @TargetAggregateIdentifier String campaignId,
    String organiserUnitId,
    String title,
    String theme,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> participantUnitIds,
    List<Phase> phases,
    List<Criterion> criteria,
    String reason) {}
