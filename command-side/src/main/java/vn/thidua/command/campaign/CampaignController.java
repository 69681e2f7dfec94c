package vn.thidua.command.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.command.messaging.CommandSender;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.CloseCampaign;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.ReviseCriteria;
import vn.thidua.events.campaign.ScoreAdjustment;
import vn.thidua.events.campaign.UnknownCampaignId;

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
      @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 4) BigDecimal target,
      @Positive @Digits(integer = 9, fraction = 4) BigDecimal basePoints,
      @Positive @Digits(integer = 9, fraction = 4) BigDecimal cap) {
    Criterion toCriterion() {
      return new Criterion(metric, direction, target, basePoints, cap);
    }
  }

  record AdjustmentRequest(
      @NotNull Metric metric,
      @NotNull AdjustmentKind kind,
      @NotNull @Digits(integer = 9, fraction = 4) BigDecimal threshold,
      @NotNull @Positive @Digits(integer = 9, fraction = 4) BigDecimal points,
      @Positive @Digits(integer = 9, fraction = 4) BigDecimal maxPoints) {
    ScoreAdjustment toAdjustment() {
      return new ScoreAdjustment(metric, kind, threshold, points, maxPoints);
    }
  }

  record GateRequest(
      @NotNull Metric metric,
      @NotNull GateComparison comparison,
      @NotNull @Digits(integer = 9, fraction = 4) BigDecimal limit) {
    EligibilityGate toGate() {
      return new EligibilityGate(metric, comparison, limit);
    }
  }

  record ReviseCriteriaRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String phaseId,
      @NotNull @Size(max = 30) List<@NotNull @Valid CriterionRequest> criteria,
      @Size(max = 30) List<@NotNull @Valid AdjustmentRequest> adjustments,
      @Size(max = 30) List<@NotNull @Valid GateRequest> gates,
      @NotBlank @Size(max = 2000) String reason) {}

  record CloseCampaignRequest(@NotBlank @Size(max = 2000) String reason) {}

  record LaunchCampaignRequest(
      @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String campaignId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String organiserUnitId,
      @NotBlank @Size(max = 500) String title,
      @Size(max = 1000) String theme,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn,
      @Size(max = 2000)
          List<@NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String>
              participantUnitIds,
      @Size(max = 200)
          List<@NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String>
              participantClusterIds,
      @NotEmpty @Size(max = 24) List<@NotNull @Valid PhaseRequest> phases,
      @Size(max = 30) List<@NotNull @Valid CriterionRequest> criteria,
      @Size(max = 30) List<@NotNull @Valid AdjustmentRequest> adjustments,
      @Size(max = 30) List<@NotNull @Valid GateRequest> gates,
      @Size(max = 2000) String reason) {}

  @PostMapping
  ResponseEntity<Map<String, String>> launch(
      @Valid @RequestBody LaunchCampaignRequest request,
      Authentication user,
      HttpServletRequest http) {
    String campaignId =
        request.campaignId() == null ? UUID.randomUUID().toString() : request.campaignId();
    commands.send(
        new LaunchCampaign(
            campaignId,
            request.organiserUnitId(),
            request.title(),
            request.theme(),
            request.startsOn(),
            request.endsOn(),
            request.participantUnitIds(),
            request.participantClusterIds(),
            request.phases().stream().map(PhaseRequest::toPhase).toList(),
            criteria(request.criteria()),
            adjustments(request.adjustments()),
            gates(request.gates()),
            request.reason()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId))
        .body(Map.of("campaignId", campaignId));
  }

  @PostMapping("/{campaignId}/criteria-revisions")
  ResponseEntity<Map<String, String>> reviseCriteria(
      @PathVariable String campaignId,
      @Valid @RequestBody ReviseCriteriaRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    send(
        campaignId,
        new ReviseCriteria(
            campaignId,
            request.phaseId(),
            criteria(request.criteria()),
            adjustments(request.adjustments()),
            gates(request.gates()),
            request.reason()),
        ifMatch,
        user,
        http);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("campaignId", campaignId, "phaseId", request.phaseId()));
  }

  @PostMapping("/{campaignId}/close")
  ResponseEntity<Map<String, String>> close(
      @PathVariable String campaignId,
      @Valid @RequestBody CloseCampaignRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    send(campaignId, new CloseCampaign(campaignId, request.reason()), ifMatch, user, http);
    return ResponseEntity.ok(Map.of("campaignId", campaignId));
  }

  /**
   * The path id is not pattern-checked: an id that cannot exist is simply not found (404), and the
   * body's field errors keep their own names.
   */
  private void send(
      String campaignId,
      Object command,
      String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(command, ifMatch, user, http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnknownCampaignId(campaignId);
    }
  }

  private static List<Criterion> criteria(List<CriterionRequest> requests) {
    return requests == null
        ? List.of()
        : requests.stream().map(CriterionRequest::toCriterion).toList();
  }

  private static List<ScoreAdjustment> adjustments(List<AdjustmentRequest> requests) {
    return requests == null
        ? List.of()
        : requests.stream().map(AdjustmentRequest::toAdjustment).toList();
  }

  private static List<EligibilityGate> gates(List<GateRequest> requests) {
    return requests == null ? List.of() : requests.stream().map(GateRequest::toGate).toList();
  }
}
