package vn.thidua.command.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.command.messaging.CommandSender;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;

@RestController
@RequestMapping("/api/campaigns")
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
public class CampaignController {
  private final CommandSender commands;

  CampaignController(CommandSender commands) {
    this.commands = commands;
  }

  record PhaseRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String phaseId,
      @NotBlank @Size(max = 500) String name,
      @Size(max = 1000) String theme,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn) {
    Phase toPhase() {
      return new Phase(phaseId, name, theme, startsOn, endsOn);
    }
  }

  record CriterionRequest(
      @NotNull Metric metric,
      @NotNull Direction direction,
      @NotNull @PositiveOrZero BigDecimal target) {
    Criterion toCriterion() {
      return new Criterion(metric, direction, target);
    }
  }

  record LaunchCampaignRequest(
      @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String campaignId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String organiserUnitId,
      @NotBlank @Size(max = 500) String title,
      @Size(max = 1000) String theme,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn,
      @NotEmpty @Size(max = 2000)
          List<@NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String>
              participantUnitIds,
      @NotEmpty @Size(max = 24) List<@NotNull @Valid PhaseRequest> phases,
      @Size(max = 30) List<@NotNull @Valid CriterionRequest> criteria,
      @Size(max = 2000) String reason) {}

  @PostMapping
  ResponseEntity<Map<String, String>> launch(
      @Valid @RequestBody LaunchCampaignRequest request,
      Authentication user,
      HttpServletRequest http) {
    String campaignId =
        request.campaignId() == null ? UUID.randomUUID().toString() : request.campaignId();
    List<Criterion> criteria =
        request.criteria() == null
            ? List.of()
            : request.criteria().stream().map(CriterionRequest::toCriterion).toList();
    commands.send(
        new LaunchCampaign(
            campaignId,
            request.organiserUnitId(),
            request.title(),
            request.theme(),
            request.startsOn(),
            request.endsOn(),
            List.copyOf(request.participantUnitIds()),
            request.phases().stream().map(PhaseRequest::toPhase).toList(),
            criteria,
            request.reason()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId))
        .body(Map.of("campaignId", campaignId));
  }
}
