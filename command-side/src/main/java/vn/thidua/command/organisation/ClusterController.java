package vn.thidua.command.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
import vn.thidua.events.organisation.ChangeClusterLeadership;
import vn.thidua.events.organisation.ClusterNotFound;
import vn.thidua.events.organisation.FormCluster;

@RestController
@RequestMapping("/api/clusters")
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
public class ClusterController {
  private final CommandSender commands;

  ClusterController(CommandSender commands) {
    this.commands = commands;
  }

  record FormClusterRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String clusterId,
      @NotNull @Min(2000) @Max(2100) Integer emulationYear,
      @NotBlank @Size(max = 200) String name,
      @NotEmpty @Size(max = 200)
          List<@NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String> memberUnitIds,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String chairUnitId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String deputyUnitId) {}

  record ChangeClusterLeadershipRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String chairUnitId,
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String deputyUnitId,
      @NotBlank @Size(max = 2000) String reason) {}

  @PostMapping
  ResponseEntity<Map<String, String>> form(
      @Valid @RequestBody FormClusterRequest request,
      Authentication user,
      HttpServletRequest http) {
    commands.send(
        new FormCluster(
            request.clusterId(),
            request.emulationYear(),
            request.name(),
            List.copyOf(request.memberUnitIds()),
            request.chairUnitId(),
            request.deputyUnitId()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/clusters/" + request.clusterId()))
        .body(Map.of("clusterId", request.clusterId()));
  }

  @PostMapping("/{clusterId}/leadership")
  Map<String, String> changeLeadership(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String clusterId,
      @Valid @RequestBody ChangeClusterLeadershipRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(
          new ChangeClusterLeadership(
              clusterId, request.chairUnitId(), request.deputyUnitId(), request.reason()),
          ifMatch,
          user,
          http);
    } catch (AggregateNotFoundException notFound) {
      throw new ClusterNotFound(clusterId);
    }
    return Map.of("clusterId", clusterId);
  }
}
