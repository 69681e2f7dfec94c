package vn.thidua.command.recognition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.CastVote;
import vn.thidua.events.recognition.CloseBallot;
import vn.thidua.events.recognition.OpenBallot;
import vn.thidua.events.recognition.UnknownBallot;
import vn.thidua.events.recognition.VoteChoice;
import vn.thidua.events.recognition.VoterKind;

@RestController
@RequestMapping("/api/ballots")
public class BallotController {
  private final CommandSender commands;

  BallotController(CommandSender commands) {
    this.commands = commands;
  }

  record OpenBallotRequest(
      @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String ballotId,
      @NotEmpty @Size(max = 200)
          List<@NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String> nominationIds,
      @NotNull VoterKind voterKind,
      @NotEmpty @Size(max = 500)
          List<@NotBlank @Pattern(regexp = Identifiers.CASE_ID) String> voters,
      @NotNull LocalDate closesOn) {}

  record CastVoteRequest(
      @NotEmpty @Size(max = 200)
          Map<@Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String, @NotNull VoteChoice>
              choices) {}

  @PostMapping
  @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
  ResponseEntity<Map<String, String>> open(
      @Valid @RequestBody OpenBallotRequest request, Authentication user, HttpServletRequest http) {
    String ballotId =
        request.ballotId() == null ? UUID.randomUUID().toString() : request.ballotId();
    commands.send(
        new OpenBallot(
            ballotId,
            List.copyOf(request.nominationIds()),
            request.voterKind(),
            List.copyOf(request.voters()),
            request.closesOn()),
        user,
        http);
    return ResponseEntity.created(URI.create("/api/ballots/" + ballotId))
        .body(Map.of("ballotId", ballotId));
  }

  @PostMapping("/{ballotId}/votes")
  @PreAuthorize("hasAnyRole('COUNCIL_MEMBER', 'UNIT_HEAD')")
  ResponseEntity<Map<String, String>> vote(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String ballotId,
      @Valid @RequestBody CastVoteRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      commands.send(new CastVote(ballotId, Map.copyOf(request.choices())), ifMatch, user, http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnknownBallot(ballotId);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ballotId", ballotId));
  }

  @PostMapping("/{ballotId}/close")
  @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
  BallotClosed close(
      @PathVariable @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String ballotId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user,
      HttpServletRequest http) {
    try {
      return commands.send(new CloseBallot(ballotId), ifMatch, user, http);
    } catch (AggregateNotFoundException notFound) {
      throw new UnknownBallot(ballotId);
    }
  }
}
