package vn.thidua.query.organisation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.privacy.PersonalDataErased;
import vn.thidua.support.privacy.PersonalNames;

/**
 * Staff members and their current unit. Names are decrypted with the person's key as they are
 * projected; once the key is erased no replay can decrypt them again, and the erasure event wipes
 * the copy this read model kept.
 */
@Component
@ProcessingGroup(StaffDirectoryProjection.PROCESSING_GROUP)
class StaffDirectoryProjection {
  static final String PROCESSING_GROUP = "staff-directory";

  private final MongoTemplate mongo;
  private final PersonalNames names;

  StaffDirectoryProjection(MongoTemplate mongo, PersonalNames names) {
    this.mongo = mongo;
    this.names = names;
  }

  @EventHandler
  void on(StaffMemberRegistered event) {
    String fullName = names.reveal(event.sealedFullName(), event.fullName(), event.staffId());
    mongo.upsert(
        query(where("_id").is(event.staffId())),
        new Update()
            .set("fullName", fullName)
            .set("nameErased", PersonalNames.ERASED.equals(fullName))
            .set("role", event.role())
            .set("registeredOn", event.registeredOn())
            .setOnInsert("unitId", event.unitId()),
        StaffDocument.class);
  }

  /** Transfers follow their registration in the stream, so the latest one is the current unit. */
  @EventHandler
  void on(StaffMemberTransferred event) {
    mongo.updateFirst(
        query(where("_id").is(event.staffId())),
        new Update().set("unitId", event.toUnitId()),
        StaffDocument.class);
  }

  @EventHandler
  void on(PersonalDataErased event) {
    names.forget(event.personId());
    mongo.updateFirst(
        query(where("_id").is(event.personId())),
        new Update().set("fullName", PersonalNames.ERASED).set("nameErased", true),
        StaffDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), StaffDocument.class);
  }

  @QueryHandler
  List<StaffView> handle(FindStaff query) {
    Query staff = new Query().with(Sort.by("_id"));
    if (query.unitId() != null) {
      staff.addCriteria(where("unitId").is(query.unitId()));
    }
    return mongo.find(staff, StaffDocument.class).stream().map(StaffDocument::toView).toList();
  }
}
