package vn.thidua.demo;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.demo.ChainSender.Request;
import vn.thidua.demo.LoadTally.Kind;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.covenant.SignPledge;
import vn.thidua.events.recognition.Title;

/**
 * Sends a demo plan to the command API: units (parents first); then, concurrently, every case with
 * its verdict, appeal outcome, legal effect and publication, the matters mediated at court and the
 * judges' months of virtual assistant use; then Cluster IV and its covenant; the campaign last. The
 * demo campaign's phases ended long ago, so they freeze as soon as it is launched: the year's
 * figures must be recorded before, or the frozen standings would be empty.
 */
final class DemoLoader {
  private final CommandApi api;
  private final LoadTally tally;
  private final ChainSender chains;
  private final PrintStream out;

  DemoLoader(CommandApi api, LoadTally tally, int concurrency, PrintStream out) {
    this.api = api;
    this.tally = tally;
    this.chains = new ChainSender(api, tally, concurrency, out);
    this.out = out;
  }

  /** The bodies of the case and judge endpoints: the id is in the path. */
  private record VerdictRequest(
      LocalDate resolvedOn,
      VerdictOutcome outcome,
      boolean onlineTrial,
      boolean modelTrial,
      String presidingJudgeId) {
    static VerdictRequest of(RecordVerdict verdict) {
      return new VerdictRequest(
          verdict.resolvedOn(),
          verdict.outcome(),
          verdict.onlineTrial(),
          verdict.modelTrial(),
          verdict.presidingJudgeId());
    }
  }

  private record AppealRequest(
      LocalDate decidedOn,
      AppealResult result,
      AppealScope scope,
      AppealCause cause,
      String reason) {}

  private record EffectRequest(LocalDate effectiveOn) {}

  private record PublicationRequest(LocalDate publishedOn, String portalUrl) {}

  private record MediationOutcomeRequest(LocalDate concludedOn, CourtMediationOutcome outcome) {}

  private record VirtualAssistantRequest(
      String unitId, String month, int questionsAndAnswersContributed) {}

  private record PledgeRequest(
      String unitId,
      String signerName,
      String signerRole,
      LocalDate signedOn,
      List<Title> registeredTitles) {}

  void load(DemoPlan plan) throws InterruptedException {
    for (DemoUnit unit : plan.units()) {
      send(Kind.UNITS, DemoUser.ADMIN, "/api/units", unit.registration());
    }
    out.printf(
        "  units: %d registered, %d already there%n",
        tally.created(Kind.UNITS), tally.alreadyThere(Kind.UNITS));
    chains.send(chainsOf(plan));
    loadCluster(plan.cluster());
    send(Kind.CAMPAIGN, DemoUser.ORGANISER, "/api/campaigns", plan.campaign());
    out.printf(
        "  campaign %s: %s%n",
        plan.campaign().campaignId(),
        tally.created(Kind.CAMPAIGN) == 1 ? "launched" : "already there");
  }

  /** Longest chains first, so the last ones to finish are short. */
  static List<List<Request>> chainsOf(DemoPlan plan) {
    Map<String, RecordAppealOutcome> appeals =
        plan.appeals().stream()
            .collect(Collectors.toMap(RecordAppealOutcome::caseId, Function.identity()));
    Map<String, PlannedJudgment> judgments =
        plan.judgments().stream()
            .collect(Collectors.toMap(PlannedJudgment::caseId, Function.identity()));
    List<List<Request>> all = new ArrayList<>();
    for (PlannedCase planned : plan.cases()) {
      String path = "/api/cases/" + planned.caseId();
      List<Request> chain = new ArrayList<>();
      chain.add(new Request(Kind.ACCEPTANCES, DemoUser.CLERK, "/api/cases", planned.acceptance()));
      planned
          .verdict()
          .ifPresent(
              verdict ->
                  chain.add(
                      new Request(
                          Kind.VERDICTS,
                          DemoUser.CLERK,
                          path + "/verdict",
                          VerdictRequest.of(verdict))));
      RecordAppealOutcome appeal = appeals.get(planned.caseId());
      if (appeal != null) {
        chain.add(
            new Request(
                Kind.APPEAL_OUTCOMES,
                DemoUser.CLERK,
                path + "/appeal-outcome",
                new AppealRequest(
                    appeal.decidedOn(),
                    appeal.result(),
                    appeal.scope(),
                    appeal.cause(),
                    appeal.reason())));
      }
      PlannedJudgment judgment = judgments.get(planned.caseId());
      if (judgment != null) {
        chain.add(
            new Request(
                Kind.JUDGMENTS_EFFECTIVE,
                DemoUser.CLERK,
                path + "/judgment-effective",
                new EffectRequest(judgment.effect().effectiveOn())));
        chain.add(
            new Request(
                Kind.PUBLICATIONS,
                DemoUser.CLERK,
                path + "/publication",
                new PublicationRequest(
                    judgment.publication().publishedOn(), judgment.publication().portalUrl())));
      }
      all.add(chain);
    }
    for (PlannedMediation mediation : plan.courtMediations()) {
      all.add(
          List.of(
              new Request(
                  Kind.MEDIATION_TRANSFERS,
                  DemoUser.CLERK,
                  "/api/court-mediations",
                  mediation.transfer()),
              new Request(
                  Kind.MEDIATION_OUTCOMES,
                  DemoUser.CLERK,
                  "/api/court-mediations/" + mediation.mediationId() + "/outcome",
                  new MediationOutcomeRequest(
                      mediation.outcome().concludedOn(), mediation.outcome().outcome()))));
    }
    Map<String, List<Request>> byJudge = new TreeMap<>();
    for (RecordVirtualAssistantUse use : plan.virtualAssistantUse()) {
      byJudge
          .computeIfAbsent(use.judgeId(), judge -> new ArrayList<>())
          .add(
              new Request(
                  Kind.VIRTUAL_ASSISTANT_USE,
                  DemoUser.CLERK,
                  "/api/judges/" + use.judgeId() + "/virtual-assistant-use",
                  new VirtualAssistantRequest(
                      use.unitId(), use.month().toString(), use.questionsAndAnswersContributed())));
    }
    all.addAll(byJudge.values());
    List<List<Request>> ordered = new ArrayList<>(all);
    ordered.sort((a, b) -> Integer.compare(b.size(), a.size()));
    return ordered;
  }

  private void loadCluster(ClusterIv cluster) {
    send(Kind.CLUSTER, DemoUser.ADMIN, "/api/clusters", cluster.formation());
    send(Kind.COVENANT, DemoUser.ADMIN, "/api/covenants", cluster.covenant());
    boolean concluded = false;
    for (SignPledge pledge : cluster.pledges()) {
      ApiAnswer answer =
          send(
              Kind.PLEDGES,
              ClusterIv.signerFor(pledge),
              "/api/covenants/" + pledge.covenantId() + "/pledges",
              new PledgeRequest(
                  pledge.unitId(),
                  pledge.signerName(),
                  pledge.signerRole(),
                  pledge.signedOn(),
                  pledge.registeredTitles()));
      concluded = answer.body().replace(" ", "").contains("\"concluded\":true");
    }
    out.printf(
        "  cluster %s with covenant %s: %d pledges signed, %d already there; %s%n",
        cluster.formation().clusterId(),
        cluster.covenant().covenantId(),
        tally.created(Kind.PLEDGES),
        tally.alreadyThere(Kind.PLEDGES),
        concluded ? "concluded" : "NOT concluded");
  }

  private ApiAnswer send(Kind kind, DemoUser user, String path, Object body) {
    try {
      ApiAnswer answer = api.post(user, path, body).join();
      tally.count(kind, answer);
      return answer;
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
