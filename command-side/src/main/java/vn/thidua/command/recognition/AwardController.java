package vn.thidua.command.recognition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
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
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.RevokeAward;
import vn.thidua.events.recognition.UnknownAward;

@RestController
@RequestMapping("/api/awards")
public class AwardController {
  private final CommandSender commands;
  private final RecognitionRegister register;

  AwardController(CommandSender commands, RecognitionRegister register) {
    this.commands = commands;
    this.register = register;
  }

  record RevokeAwardRequest(
      @NotNull RevocationGround ground,
      @NotBlank @Size(max = 2000) String reason,
      @NotNull LocalDate revokedOn) {}

  /** An award lives on its nomination; the decision number finds it. */
  @PostMapping("/{decisionNumber}/revocation")
  @PreAuthorize("hasRole('DECIDER')")
  ResponseEntity<Map<String, String>> revoke(
      @PathVariable @Pattern(regexp = Identifiers.CASE_ID) String decisionNumber,
      @Valid @RequestBody RevokeAwardRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    String nominationId =
        register
            .nominationOfDecision(decisionNumber)
            .orElseThrow(() -> new UnknownAward(decisionNumber));
    commands.send(
        new RevokeAward(
            nominationId, decisionNumber, request.ground(), request.reason(), request.revokedOn()),
        ifMatch,
        user,
        http);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("decisionNumber", decisionNumber, "nominationId", nominationId));
  }
}
