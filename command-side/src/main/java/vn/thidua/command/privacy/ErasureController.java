package vn.thidua.command.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.command.messaging.CommandSender;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.organisation.ErasePersonalData;
import vn.thidua.events.organisation.StaffMemberNotFound;

/**
 * Erases a staff member's personal data on request (crypto-shredding, docs/adr/0006): their data
 * key is deleted, so the name sealed in their events can no longer be read, and the erasure itself
 * is recorded as an event without personal data.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
public class ErasureController {
  private final CommandSender commands;

  ErasureController(CommandSender commands) {
    this.commands = commands;
  }

  record ErasureRequest(@NotBlank @Size(max = 500) String reason) {}

  @PostMapping("/api/staff/{staffId}/erasure")
  ResponseEntity<Map<String, String>> erase(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String staffId,
      @Valid @RequestBody ErasureRequest request,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(new ErasePersonalData(staffId, request.reason()), user, http);
    } catch (AggregateNotFoundException notFound) {
      throw new StaffMemberNotFound(staffId);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("staffId", staffId));
  }
}
