package vn.thidua.command.caseload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.RecordCourtMediationOutcome;
import vn.thidua.events.caseload.TransferToCourtMediation;
import vn.thidua.events.caseload.UnknownCourtMediation;

@RestController
@RequestMapping("/api/court-mediations")
@PreAuthorize("hasAnyRole('ADMIN', 'CLERK')")
public class CourtMediationController {
  private final CommandSender commands;

  CourtMediationController(CommandSender commands) {
    this.commands = commands;
  }

  record TransferToCourtMediationRequest(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String mediationId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @NotNull LocalDate receivedOn,
      @NotNull CaseType disputeType) {}

  record RecordCourtMediationOutcomeRequest(
      @NotNull LocalDate concludedOn, @NotNull CourtMediationOutcome outcome) {}

  @PostMapping
  ResponseEntity<Map<String, String>> transfer(
      @Valid @RequestBody TransferToCourtMediationRequest request,
      Authentication user,
      HttpServletRequest http) {
    commands.send(
        new TransferToCourtMediation(
            request.mediationId(), request.unitId(), request.receivedOn(), request.disputeType()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/court-mediations/" + request.mediationId()))
        .body(Map.of("mediationId", request.mediationId()));
  }

  @PostMapping("/{mediationId}/outcome")
  ResponseEntity<Map<String, String>> recordOutcome(
      @PathVariable @Pattern(regexp = Identifiers.CASE_ID) String mediationId,
      @Valid @RequestBody RecordCourtMediationOutcomeRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(
          new RecordCourtMediationOutcome(mediationId, request.concludedOn(), request.outcome()),
          ifMatch,
          user,
          http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnknownCourtMediation(mediationId);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("mediationId", mediationId));
  }
}
