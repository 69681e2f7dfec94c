package vn.thidua.command.campaign.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.command.Answer;
import vn.thidua.command.CommandSideStores;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.caseload.VerdictRecorded;

/**
 * Stored events keep reading after the fields this work added, and V60-V63 fill the new tally
 * columns and tables of a database that already holds events: the backfill from stored events must
 * give the rows the live handlers write. Events recorded through the API are copied, with the tally
 * as it stood before V60, into a scratch schema migrated up to V52, which is then migrated and
 * compared with the live tally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TallyBackfillTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "BF-" + RUN;
  private static final String SCRATCH = "backfill_" + RUN.replace('-', '_');

  /** The last migration before the tally's V60; the scratch schema stops there. */
  private static final String LAST_BEFORE_V60 = "52";

  private static final String CASE_COLUMNS =
      "case_id, statutory_deadline, effective_on, published_on_time";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired Serializer eventSerializer;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void eventsStoredBeforeTheirNewFieldsStillRead() {
    VerdictRecorded verdict =
        read(
            VerdictRecorded.class,
            """
            {"caseId":"K","unitId":"U","caseType":"CIVIL","acceptedOn":"2023-01-05",
             "resolvedOn":"2023-02-01","outcome":"TRIED","onlineTrial":false,"modelTrial":true,
             "presidingJudgeId":null}""");
    assertThat(verdict.statutoryDeadline()).isNull();
    assertThat(verdict.resolvedOn()).isEqualTo(LocalDate.of(2023, 2, 1));

    FrozenStanding standing =
        read(
            FrozenStanding.class,
            """
            {"rank":1,"unitId":"U","accepted":10,"resolved":9,"score":45.00,
             "figures":[{"metric":"RESOLUTION_RATE","actual":90.0,"target":90,
                         "achievement":1.0000,"points":45.00}],
             "failedGates":[]}""");
    assertThat(standing.score()).isEqualByComparingTo("45.00");
    assertThat(standing.figures().get(0).metric()).isEqualTo(Metric.RESOLUTION_RATE);
  }

  @Test
  void theMigrationsBackfillWhatTheHandlersWouldHaveWritten() {
    recordACaseloadThroughTheApi();
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCRATCH)
        .target(LAST_BEFORE_V60)
        .load()
        .migrate();
    jdbc.update(
        "INSERT INTO "
            + SCRATCH
            + ".domain_event_entry SELECT global_index, event_identifier, meta_data, payload,"
            + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number,"
            + " type FROM public.domain_event_entry"
            + " WHERE convert_from(payload, 'UTF8')::jsonb ->> 'unitId' = ?",
        UNIT);
    String before =
        "case_id, unit_id, case_type, accepted_on, carried_over, resolved_on, outcome,"
            + " online_trial, model_trial, appeal_decided_on, annulled_amended_weight";
    jdbc.update(
        "INSERT INTO %s.campaign_tally_case (%s) SELECT %s FROM public.campaign_tally_case"
                .formatted(SCRATCH, before, before)
            + " WHERE unit_id = ?",
        UNIT);

    Flyway.configure().dataSource(dataSource).schemas(SCRATCH).load().migrate();

    List<Map<String, Object>> live = rows("public", "campaign_tally_case", CASE_COLUMNS);
    assertThat(live).hasSize(3);
    assertThat(live).allSatisfy(row -> assertThat(row.get("statutory_deadline")).isNotNull());
    assertThat(live).anySatisfy(row -> assertThat(row.get("published_on_time")).isEqualTo(true));
    assertThat(rows(SCRATCH, "campaign_tally_case", CASE_COLUMNS)).isEqualTo(live);
    String mediations = "mediation_id, received_on, concluded_on, successful";
    assertThat(rows("public", "campaign_tally_court_mediation", mediations)).hasSize(2);
    assertThat(rows(SCRATCH, "campaign_tally_court_mediation", mediations))
        .isEqualTo(rows("public", "campaign_tally_court_mediation", mediations));
    String uses = "judge_id, month, questions_answers";
    assertThat(rows("public", "campaign_tally_virtual_assistant", uses))
        .extracting(row -> row.get("questions_answers"))
        .containsExactly(6, 2);
    assertThat(rows(SCRATCH, "campaign_tally_virtual_assistant", uses))
        .isEqualTo(rows("public", "campaign_tally_virtual_assistant", uses));
  }

  private void recordACaseloadThroughTheApi() {
    created(
        "/api/units",
        "{\"unitId\":\"%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":3}"
            .formatted(UNIT));
    for (String caseId : List.of(id("K1"), id("K2"), id("K3"))) {
      created(
          "/api/cases",
          "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
              .formatted(caseId, UNIT));
    }
    for (String caseId : List.of(id("K1"), id("K2"))) {
      created(
          "/api/cases/" + caseId + "/verdict",
          "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"MEDIATION_SUCCESS\"}");
      created("/api/cases/" + caseId + "/judgment-effective", "{\"effectiveOn\":\"2023-03-01\"}");
    }
    created("/api/cases/" + id("K1") + "/publication", "{\"publishedOn\":\"2023-03-10\"}");
    created("/api/cases/" + id("K2") + "/publication", "{\"publishedOn\":\"2023-05-10\"}");
    for (String mediationId : List.of(id("M1"), id("M2"))) {
      created(
          "/api/court-mediations",
          "{\"mediationId\":\"%s\",\"unitId\":\"%s\",\"receivedOn\":\"2023-02-01\",\"disputeType\":\"CIVIL\"}"
              .formatted(mediationId, UNIT));
    }
    created(
        "/api/court-mediations/" + id("M1") + "/outcome",
        "{\"concludedOn\":\"2023-02-20\",\"outcome\":\"SUCCESS\"}");
    use("TP1-" + RUN, "2023-04", 4);
    use("TP1-" + RUN, "2023-04", 6); // a correction: the latest figure wins
    use("TP2-" + RUN, "2023-05", 2);
  }

  private <T> T read(Class<T> type, String json) {
    return eventSerializer.deserialize(
        new SimpleSerializedObject<>(
            json.getBytes(StandardCharsets.UTF_8), byte[].class, type.getName(), null));
  }

  private List<Map<String, Object>> rows(String schema, String table, String columns) {
    return jdbc.queryForList(
        "SELECT %s FROM %s.%s WHERE unit_id = ? ORDER BY 1, 2".formatted(columns, schema, table),
        UNIT);
  }

  private void use(String judgeId, String month, int questionsAndAnswers) {
    Answer answer =
        Answer.post(
            port,
            "quantri",
            "/api/judges/" + judgeId + "/virtual-assistant-use",
            "{\"unitId\":\"%s\",\"month\":\"%s\",\"questionsAndAnswersContributed\":%d}"
                .formatted(UNIT, month, questionsAndAnswers),
            null);
    assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
  }

  private void created(String path, String body) {
    Answer answer = Answer.post(port, "quantri", path, body, null);
    assertThat(answer.status()).as(path + " answered " + answer.body()).isEqualTo(201);
  }

  private static String id(String name) {
    return name + "-" + RUN;
  }
}
