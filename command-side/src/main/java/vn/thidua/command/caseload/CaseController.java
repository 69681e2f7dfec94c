package vn.thidua.command.caseload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
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
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.InvalidJudgeId;
import vn.thidua.events.caseload.PublishJudgment;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordJudgmentEffective;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.UnknownCase;
import vn.thidua.events.caseload.VerdictOutcome;

@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('ADMIN', 'CLERK')")
public class CaseController {
  private final CommandSender commands;

  CaseController(CommandSender commands) {
    this.commands = commands;
  }

  record AcceptCaseRequest(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @NotNull CaseType caseType,
      @NotNull LocalDate acceptedOn,
      Boolean carriedOver) {}

  record RecordVerdictRequest(
      @NotNull LocalDate resolvedOn,
      @NotNull VerdictOutcome outcome,
      Boolean onlineTrial,
      Boolean modelTrial,
      @Pattern(regexp = InvalidJudgeId.FORMAT) String presidingJudgeId) {}

  record RecordAppealOutcomeRequest(
      @NotNull LocalDate decidedOn,
      @NotNull AppealResult result,
      AppealScope scope,
      AppealCause cause,
      @Size(max = 2000) String reason) {}

  record RecordJudgmentEffectiveRequest(@NotNull LocalDate effectiveOn) {}

  record PublishJudgmentRequest(
      @NotNull LocalDate publishedOn,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String portalUrl) {}

  @PostMapping
  ResponseEntity<Map<String, String>> accept(
      @Valid @RequestBody AcceptCaseRequest request, Authentication user, HttpServletRequest http) {
    commands.send(
        new AcceptCase(
            request.caseId(),
            request.unitId(),
            request.caseType(),
            request.acceptedOn(),
            Boolean.TRUE.equals(request.carriedOver())),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/cases/" + request.caseId()))
        .body(Map.of("caseId", request.caseId()));
  }

  @PostMapping("/{caseId}/verdict")
  ResponseEntity<Map<String, String>> recordVerdict(
      @PathVariable @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @Valid @RequestBody RecordVerdictRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    return sendForCase(
        caseId,
        new RecordVerdict(
            caseId,
            request.resolvedOn(),
            request.outcome(),
            Boolean.TRUE.equals(request.onlineTrial()),
            Boolean.TRUE.equals(request.modelTrial()),
            request.presidingJudgeId()),
        ifMatch,
        user,
        http);
  }

  @PostMapping("/{caseId}/appeal-outcome")
  ResponseEntity<Map<String, String>> recordAppealOutcome(
      @PathVariable @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @Valid @RequestBody RecordAppealOutcomeRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    return sendForCase(
        caseId,
        new RecordAppealOutcome(
            caseId,
            request.decidedOn(),
            request.result(),
            request.scope(),
            request.cause(),
            request.reason()),
        ifMatch,
        user,
        http);
  }

  @PostMapping("/{caseId}/judgment-effective")
  ResponseEntity<Map<String, String>> recordJudgmentEffective(
      @PathVariable @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @Valid @RequestBody RecordJudgmentEffectiveRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    return sendForCase(
        caseId, new RecordJudgmentEffective(caseId, request.effectiveOn()), ifMatch, user, http);
  }

  @PostMapping("/{caseId}/publication")
  ResponseEntity<Map<String, String>> publishJudgment(
      @PathVariable @Pattern(regexp = Identifiers.CASE_ID) String caseId,
      @Valid @RequestBody PublishJudgmentRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    return sendForCase(
        caseId,
        new PublishJudgment(caseId, request.publishedOn(), request.portalUrl()),
        ifMatch,
        user,
        http);
  }

  private ResponseEntity<Map<String, String>> sendForCase(
      String caseId, Object command, String ifMatch, Authentication user, HttpServletRequest http) {
    try {
      commands.send(command, ifMatch, user, http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnknownCase(caseId);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseId", caseId));
  }
}
