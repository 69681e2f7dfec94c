package vn.thidua.command.recognition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.thidua.events.recognition.DecideAward;
import vn.thidua.events.recognition.Nominate;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.UnknownNomination;

@RestController
@RequestMapping("/api/nominations")
public class NominationController {
  private final CommandSender commands;

  NominationController(CommandSender commands) {
    this.commands = commands;
  }

  record NomineeRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @Pattern(regexp = Identifiers.CASE_ID) String personId,
      @Size(max = 200) String name) {}

  record BasisRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String campaignId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String phaseId) {}

  record FactsRequest(
      @PositiveOrZero @Max(1_000_000) Integer unitStaff,
      @PositiveOrZero @Max(1_000_000) Integer members,
      @PositiveOrZero @Max(1_000_000) Integer advancedWorkers) {}

  record NominateRequest(
      @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String nominationId,
      @NotNull Title title,
      @NotNull @Min(2000) @Max(2100) Integer emulationYear,
      @NotNull @Valid NomineeRequest nominee,
      @Valid BasisRequest basis,
      @Valid FactsRequest facts) {}

  record DecideAwardRequest(
      @NotBlank @Pattern(regexp = Identifiers.CASE_ID) String decisionNumber,
      @NotNull LocalDate decidedOn,
      @NotBlank @Size(max = 200) String signer) {}

  @PostMapping
  @PreAuthorize("hasAnyRole('EMULATION_OFFICER', 'UNIT_HEAD', 'ORGANISER')")
  ResponseEntity<Map<String, Object>> nominate(
      @Valid @RequestBody NominateRequest request, Authentication user, HttpServletRequest http) {
    String nominationId =
        request.nominationId() == null ? UUID.randomUUID().toString() : request.nominationId();
    NomineeRequest nominee = request.nominee();
    FactsRequest facts = request.facts();
    NominationEligibilityAssessed assessment =
        commands.send(
            new Nominate(
                nominationId,
                request.title(),
                request.emulationYear(),
                new Nominee(nominee.unitId(), nominee.personId(), nominee.name()),
                request.basis() == null
                    ? null
                    : new StandingsBasis(request.basis().campaignId(), request.basis().phaseId()),
                facts == null
                    ? NominationFacts.NONE
                    : new NominationFacts(
                        facts.unitStaff(), facts.members(), facts.advancedWorkers())),
            user,
            http);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nominationId", nominationId);
    body.put("eligible", assessment.passed());
    body.put("gates", assessment.gates());
    return ResponseEntity.created(URI.create("/api/nominations/" + nominationId)).body(body);
  }

  @PostMapping("/{nominationId}/decision")
  @PreAuthorize("hasRole('DECIDER')")
  ResponseEntity<Map<String, String>> decide(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String nominationId,
      @Valid @RequestBody DecideAwardRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(
          new DecideAward(
              nominationId, request.decisionNumber(), request.decidedOn(), request.signer()),
          ifMatch,
          user,
          http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnknownNomination("nominationId", nominationId);
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/awards/" + request.decisionNumber()))
        .body(Map.of("nominationId", nominationId, "decisionNumber", request.decisionNumber()));
  }
}
