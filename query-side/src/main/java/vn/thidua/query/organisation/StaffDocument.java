package vn.thidua.query.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.organisation.StaffRole;

/** A staff member with the name decrypted when it was projected; the placeholder once erased. */
@Document(StaffDocument.COLLECTION)
record StaffDocument(
    @Id String staffId,
    String fullName,
    boolean nameErased,
    StaffRole role,
    String unitId,
    LocalDate registeredOn) {
  static final String COLLECTION = "staff";

  StaffView toView() {
    return new StaffView(staffId, fullName, nameErased, role, unitId, registeredOn);
  }
}
