package vn.thidua.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.organisation.StaffRole;
import vn.thidua.events.privacy.PersonalDataErased;
import vn.thidua.events.privacy.SealedText;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.Title;
import vn.thidua.query.ApiClient;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.support.privacy.PersonalDataCipher;
import vn.thidua.support.privacy.PersonalNames;

/**
 * The staff directory decrypts names with each person's key from the event store's database; an
 * erasure (key deleted, then {@link PersonalDataErased}) replaces the name, and a full rebuild of
 * every read model cannot bring it back. The command side's part is played here with the same
 * cipher and key table.
 */
class StaffNamesErasureTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "TAND-PD-" + RUN;
  private static final String OTHER_UNIT = "TAND-PD2-" + RUN;
  private static final LocalDate REGISTERED_ON = LocalDate.parse("2024-03-01");

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired JdbcTemplate jdbc;
  @Autowired MongoTemplate mongo;
  @Autowired PersonalDataCipher cipher;
  @Autowired ObjectMapper json;
  private final Map<String, byte[]> keys = new HashMap<>();

  @Test
  void anErasedNameIsGoneFromTheReadModelsAndStaysGoneAfterAFullRebuild() throws Exception {
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData organiser = actedBy("totochuc.qn", "TAND-QN", "pd-" + RUN);
    String judge = "NV-PD-" + RUN;
    String clerk = "NV-PD-CLERK-" + RUN;
    String judgeName = "Lê Văn Thẩm " + RUN;
    String clerkName = "Đỗ Thị Thư " + RUN;
    events.append("StaffMember", judge, registered(judge, judgeName, StaffRole.JUDGE), organiser);
    events.append("StaffMember", clerk, registered(clerk, clerkName, StaffRole.CLERK), organiser);
    String nominationId = "LD-PD-" + RUN;
    events.append(
        "Nomination",
        nominationId,
        new NominationMade(
            nominationId,
            Title.ADVANCED_WORKER,
            2024,
            new Nominee(UNIT, judge, null, cipher.seal(judge, keys.get(judge), judgeName)),
            null,
            null),
        organiser);
    events.append(
        "StaffMember",
        judge,
        new StaffMemberTransferred(judge, UNIT, OTHER_UNIT, LocalDate.parse("2024-06-01")),
        organiser);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> staff(OTHER_UNIT).path(0).path("fullName").asText().equals(judgeName));
    assertThat(staff(UNIT).path(0).path("fullName").asText()).isEqualTo(clerkName);
    await().atMost(Duration.ofSeconds(20)).until(() -> nomineeName(nominationId).equals(judgeName));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> read("/api/audit?unitId=" + UNIT).toString().contains("cá nhân " + judge));
    assertThat(read("/api/audit?unitId=" + UNIT).toString()).doesNotContain(judgeName);

    erase(judge);
    events.append(
        "StaffMember",
        judge,
        new PersonalDataErased(judge, "Yêu cầu của đương sự", LocalDate.parse("2024-07-01")),
        organiser);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> staff(OTHER_UNIT).path(0).path("nameErased").asBoolean());
    assertThat(staff(OTHER_UNIT).path(0).path("fullName").asText()).isEqualTo(PersonalNames.ERASED);
    assertThat(staff(UNIT).path(0).path("fullName").asText()).isEqualTo(clerkName);
    assertThat(nomineeName(nominationId)).isEqualTo(PersonalNames.ERASED);

    rebuildEveryReadModel();

    assertThat(staff(OTHER_UNIT).path(0).path("fullName").asText()).isEqualTo(PersonalNames.ERASED);
    assertThat(staff(UNIT).path(0).path("fullName").asText()).isEqualTo(clerkName);
    assertThat(nomineeName(nominationId)).isEqualTo(PersonalNames.ERASED);
    assertThat(anyDocumentContaining(judgeName)).isFalse();
    assertThat(anyDocumentContaining(clerkName)).isTrue();
  }

  @Test
  void aNameRecordedInPlaintextBeforeSealingIsHiddenOnceErased() throws Exception {
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData organiser = actedBy("totochuc.qn", "TAND-QN", "pd-legacy-" + RUN);
    String staffId = "NV-PD-OLD-" + RUN;
    String unit = "TAND-PD-OLD-" + RUN;
    String name = "Vũ Văn Cũ " + RUN;
    events.append(
        "StaffMember",
        staffId,
        new StaffMemberRegistered(staffId, name, StaffRole.OTHER, unit, REGISTERED_ON, null),
        organiser);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> staff(unit).path(0).path("fullName").asText().equals(name));

    jdbc.update(
        "INSERT INTO personal_data_key (person_id, data_key, wrapped, erased_at)"
            + " VALUES (?, NULL, FALSE, now())",
        staffId);
    events.append(
        "StaffMember",
        staffId,
        new PersonalDataErased(staffId, "Yêu cầu", LocalDate.parse("2024-07-01")),
        organiser);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> staff(unit).path(0).path("nameErased").asBoolean());
    assertThat(staff(unit).path(0).path("fullName").asText()).isEqualTo(PersonalNames.ERASED);
  }

  @Test
  void onlyThoseWhoManageOrAuditStaffSeeTheirNames() {
    assertThat(new ApiClient(port).get("phantich", "/api/staff").status()).isEqualTo(403);
    assertThat(new ApiClient(port).get("thuky.qn", "/api/staff").status()).isEqualTo(403);
    assertThat(new ApiClient(port).get("kiemtra", "/api/staff").status()).isEqualTo(200);
  }

  /** What the command side does when a person first appears: a fresh key, then the sealed name. */
  private StaffMemberRegistered registered(String staffId, String name, StaffRole role) {
    byte[] key = cipher.newDataKey();
    keys.put(staffId, key);
    jdbc.update(
        "INSERT INTO personal_data_key (person_id, data_key, wrapped) VALUES (?, ?, ?)",
        staffId,
        cipher.wrap(staffId, key),
        cipher.wrapsKeys());
    SealedText sealed = cipher.seal(staffId, key, name);
    return new StaffMemberRegistered(staffId, sealed, role, UNIT, REGISTERED_ON);
  }

  private void erase(String staffId) {
    jdbc.update(
        "UPDATE personal_data_key SET data_key = NULL, erased_at = now() WHERE person_id = ?",
        staffId);
  }

  private void rebuildEveryReadModel() throws Exception {
    Response started = new ApiClient(port).post("quantri", "/api/read-models/rebuild");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = json.readTree(started.body()).path("rebuildId").asText();
    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> read("/api/read-models/rebuilds/" + id),
                progress -> !progress.path("state").asText().matches("BUILDING|SWITCHING"));
    assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
  }

  private boolean anyDocumentContaining(String text) {
    for (String collection : mongo.getCollectionNames()) {
      for (Document document : mongo.getCollection(collection).find()) {
        if (document.toJson().contains(text)) {
          return true;
        }
      }
    }
    return false;
  }

  private String nomineeName(String nominationId) throws Exception {
    return read("/api/recognition/nominations/" + nominationId)
        .path("nominee")
        .path("name")
        .asText();
  }

  private JsonNode staff(String unitId) throws Exception {
    return read("/api/staff?unitId=" + unitId);
  }

  private JsonNode read(String path) throws Exception {
    Response response = new ApiClient(port).get("kiemtra", path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status() + response.body());
    }
    return json.readTree(response.body());
  }
}
