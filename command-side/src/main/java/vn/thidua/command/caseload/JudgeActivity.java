package vn.thidua.command.caseload;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.messaging.Actor;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.NegativeCount;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;
import vn.thidua.events.caseload.StreamIds;
import vn.thidua.events.caseload.VirtualAssistantUseCorrected;
import vn.thidua.events.caseload.VirtualAssistantUseOfAnotherUnit;
import vn.thidua.events.caseload.VirtualAssistantUseRecorded;

/**
 * What a judge does besides deciding cases, month by month: for now the use of the virtual
 * assistant (Trợ lý ảo) and the questions and answers contributed to it.
 */
@Aggregate
class JudgeActivity {
  @AggregateIdentifier private String streamId;
  private final Map<YearMonth, MonthOfUse> virtualAssistantUse = new HashMap<>();

  JudgeActivity() {}

  /**
   * Clerks re-send monthly figures; the same figure again changes nothing, a different one is a
   * correction that keeps the previous figure in the history.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  VirtualAssistantUseAnswer handle(
      RecordVirtualAssistantUse command, UnitDirectory directory, MetaData metaData, Clock clock) {
    JudgeIds.requireWellFormed("judgeId", command.judgeId());
    directory.requireRegistered("unitId", command.unitId());
    Actor actor = Actor.from(metaData);
    directory.requireInScope("unitId", command.unitId(), actor);
    if (command.month().isAfter(YearMonth.now(clock))) {
      throw new DateInFuture("month");
    }
    if (command.questionsAndAnswersContributed() < 0) {
      throw new NegativeCount("questionsAndAnswersContributed");
    }
    MonthOfUse recorded = virtualAssistantUse.get(command.month());
    if (recorded == null) {
      apply(
          new VirtualAssistantUseRecorded(
              command.judgeId(),
              command.unitId(),
              command.month(),
              command.questionsAndAnswersContributed()));
      return VirtualAssistantUseAnswer.RECORDED;
    }
    if (!recorded.unitId().equals(command.unitId())) {
      // the court that recorded the month is named only to a caller who may act for it
      directory.requireInScope("unitId", recorded.unitId(), actor);
      throw new VirtualAssistantUseOfAnotherUnit(
          command.judgeId(), command.month(), recorded.unitId());
    }
    if (recorded.questionsAndAnswers() == command.questionsAndAnswersContributed()) {
      return VirtualAssistantUseAnswer.UNCHANGED;
    }
    apply(
        new VirtualAssistantUseCorrected(
            command.judgeId(),
            command.unitId(),
            command.month(),
            recorded.questionsAndAnswers(),
            command.questionsAndAnswersContributed()));
    return VirtualAssistantUseAnswer.CORRECTED;
  }

  @EventSourcingHandler
  void on(VirtualAssistantUseRecorded event) {
    streamId = StreamIds.judge(event.judgeId());
    virtualAssistantUse.put(
        event.month(), new MonthOfUse(event.unitId(), event.questionsAndAnswersContributed()));
  }

  @EventSourcingHandler
  void on(VirtualAssistantUseCorrected event) {
    virtualAssistantUse.put(
        event.month(), new MonthOfUse(event.unitId(), event.questionsAndAnswersContributed()));
  }

  private record MonthOfUse(String unitId, int questionsAndAnswers) {}
}
