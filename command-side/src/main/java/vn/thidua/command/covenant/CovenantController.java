package vn.thidua.command.covenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantNotFound;
import vn.thidua.events.covenant.DraftCovenant;
import vn.thidua.events.covenant.SignPledge;
import vn.thidua.events.recognition.Title;

@RestController
@RequestMapping("/api/covenants")
public class CovenantController {
  private final CommandSender commands;

  CovenantController(CommandSender commands) {
    this.commands = commands;
  }

  record CommitmentRequest(
      @NotNull Metric metric,
      @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 4) BigDecimal target,
      @Size(max = 1000) String note) {
    Commitment toCommitment() {
      return new Commitment(metric, target, note);
    }
  }

  record DraftCovenantRequest(
      @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String covenantId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String clusterId,
      @NotNull @Min(2000) @Max(2100) Integer year,
      @NotEmpty @Size(max = 30) List<@NotNull @Valid CommitmentRequest> commitments) {}

  record SignPledgeRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @NotBlank @Size(max = 200) String signerName,
      @NotBlank @Size(max = 200) String signerRole,
      @NotNull LocalDate signedOn,
      @Size(max = 20) List<@NotNull Title> registeredTitles) {}

  @PostMapping
  @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
  ResponseEntity<Map<String, String>> draft(
      @Valid @RequestBody DraftCovenantRequest request,
      Authentication user,
      HttpServletRequest http) {
    String covenantId =
        request.covenantId() == null ? UUID.randomUUID().toString() : request.covenantId();
    commands.send(
        new DraftCovenant(
            covenantId,
            request.clusterId(),
            request.year(),
            request.commitments().stream().map(CommitmentRequest::toCommitment).toList()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/covenants/" + covenantId))
        .body(Map.of("covenantId", covenantId));
  }

  /** 201 when the pledge is recorded, 200 when the same pledge was already on record. */
  @PostMapping("/{covenantId}/pledges")
  @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_HEAD')")
  ResponseEntity<Map<String, Object>> sign(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String covenantId,
      @Valid @RequestBody SignPledgeRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    PledgeReceipt receipt;
    try {
      receipt =
          commands.send(
              new SignPledge(
                  covenantId,
                  request.unitId(),
                  request.signerName(),
                  request.signerRole(),
                  request.signedOn(),
                  request.registeredTitles() == null
                      ? List.of()
                      : List.copyOf(request.registeredTitles())),
              ifMatch,
              user,
              http);
    } catch (AggregateNotFoundException notFound) {
      throw new CovenantNotFound(covenantId);
    }
    return ResponseEntity.status(receipt.newlySigned() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(
            Map.of(
                "covenantId",
                covenantId,
                "unitId",
                request.unitId(),
                "concluded",
                receipt.concluded()));
  }
}
