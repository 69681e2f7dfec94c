package vn.thidua.command.organisation;

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
import vn.thidua.events.organisation.RegisterStaffMember;
import vn.thidua.events.organisation.StaffMemberNotFound;
import vn.thidua.events.organisation.StaffRole;
import vn.thidua.events.organisation.TransferStaffMember;

@RestController
@RequestMapping("/api/staff")
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
public class StaffController {
  private final CommandSender commands;

  StaffController(CommandSender commands) {
    this.commands = commands;
  }

  record RegisterStaffMemberRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String staffId,
      @NotBlank @Size(max = 200) String fullName,
      @NotNull StaffRole role,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId) {}

  record TransferStaffMemberRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String toUnitId,
      @NotNull LocalDate effectiveOn) {}

  @PostMapping
  ResponseEntity<Map<String, String>> register(
      @Valid @RequestBody RegisterStaffMemberRequest request,
      Authentication user,
      HttpServletRequest http) {
    commands.send(
        new RegisterStaffMember(
            request.staffId(), request.fullName(), request.role(), request.unitId()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/staff/" + request.staffId()))
        .body(Map.of("staffId", request.staffId()));
  }

  @PostMapping("/{staffId}/transfers")
  ResponseEntity<Map<String, String>> transfer(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String staffId,
      @Valid @RequestBody TransferStaffMemberRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(
          new TransferStaffMember(staffId, request.toUnitId(), request.effectiveOn()),
          ifMatch,
          user,
          http);
    } catch (AggregateNotFoundException notFound) {
      throw new StaffMemberNotFound(staffId);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("staffId", staffId));
  }
}
