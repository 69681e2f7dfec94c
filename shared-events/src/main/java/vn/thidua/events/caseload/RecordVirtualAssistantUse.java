package vn.thidua.events.caseload;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A judge used the courts' virtual assistant (Trợ lý ảo) in a month and contributed that many
 * questions and answers to it. One figure per judge and month.
 */
public record RecordVirtualAssistantUse(
    String judgeId, String unitId, YearMonth month, int questionsAndAnswersContributed) {

  @TargetAggregateIdentifier
  public String streamId() {
    return StreamIds.judge(judgeId);
  }
}
