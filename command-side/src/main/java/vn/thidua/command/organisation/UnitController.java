package vn.thidua.command.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
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
import vn.thidua.events.organisation.ChangeJudgeCount;
import vn.thidua.events.organisation.ChangeStaffCount;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.RegisterUnit;
import vn.thidua.events.organisation.UnitNotFound;

@RestController
@RequestMapping("/api/units")
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
public class UnitController {
  private final CommandSender commands;

  UnitController(CommandSender commands) {
    this.commands = commands;
  }

  record RegisterUnitRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @NotBlank @Size(max = 200) String name,
      @NotNull CourtLevel level,
      @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String parentUnitId,
      @NotNull @PositiveOrZero @Max(100_000) Integer judges) {}

  record ChangeJudgeCountRequest(
      @NotNull @PositiveOrZero @Max(100_000) Integer judges, @NotNull LocalDate effectiveFrom) {}

  record ChangeStaffCountRequest(
      @NotNull @PositiveOrZero @Max(100_000) Integer staff, @NotNull LocalDate effectiveFrom) {}

  @PostMapping
  ResponseEntity<Map<String, String>> register(
      @Valid @RequestBody RegisterUnitRequest request,
      Authentication user,
      HttpServletRequest http) {
    commands.send(
        new RegisterUnit(
            request.unitId(),
            request.name(),
            request.level(),
            request.parentUnitId(),
            request.judges()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/units/" + request.unitId()))
        .body(Map.of("unitId", request.unitId()));
  }

  @PostMapping("/{unitId}/judge-count")
  Map<String, String> changeJudgeCount(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @Valid @RequestBody ChangeJudgeCountRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(
          new ChangeJudgeCount(unitId, request.judges(), request.effectiveFrom()),
          ifMatch,
          user,
          http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnitNotFound(unitId);
    }
    return Map.of("unitId", unitId);
  }

  @PostMapping("/{unitId}/staff-count")
  Map<String, String> changeStaffCount(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @Valid @RequestBody ChangeStaffCountRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(
          new ChangeStaffCount(unitId, request.staff(), request.effectiveFrom()),
          ifMatch,
          user,
          http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnitNotFound(unitId);
    }
    return Map.of("unitId", unitId);
  }
}
