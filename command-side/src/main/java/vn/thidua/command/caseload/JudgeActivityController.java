package vn.thidua.command.caseload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.command.messaging.CommandSender;
import vn.thidua.command.messaging.Identifiers;
import vn.thidua.events.caseload.InvalidJudgeId;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;

@RestController
@RequestMapping("/api/judges")
@PreAuthorize("hasAnyRole('ADMIN', 'CLERK')")
public class JudgeActivityController {
  private final CommandSender commands;

  JudgeActivityController(CommandSender commands) {
    this.commands = commands;
  }

  /** The month as yyyy-MM, e.g. 2023-05. */
  record RecordVirtualAssistantUseRequest(
      @NotBlank @Pattern(regexp = Identifiers.UNIT_OR_CAMPAIGN_ID) String unitId,
      @NotBlank @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer questionsAndAnswersContributed) {}

  /** 201 when the month is new, 200 when it was already recorded (unchanged or corrected). */
  @PostMapping("/{judgeId}/virtual-assistant-use")
  ResponseEntity<Map<String, String>> recordVirtualAssistantUse(
      @PathVariable @Pattern(regexp = InvalidJudgeId.FORMAT) String judgeId,
      @Valid @RequestBody RecordVirtualAssistantUseRequest request,
      Authentication user,
      HttpServletRequest http) {
    VirtualAssistantUseAnswer answer =
        commands.send(
            new RecordVirtualAssistantUse(
                judgeId,
                request.unitId(),
                YearMonth.parse(request.month()),
                request.questionsAndAnswersContributed()),
            user,
            http);
    HttpStatus status =
        answer == VirtualAssistantUseAnswer.RECORDED ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status)
        .body(Map.of("judgeId", judgeId, "month", request.month(), "result", answer.name()));
  }
}
