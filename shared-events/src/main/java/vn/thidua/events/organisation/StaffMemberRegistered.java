package vn.thidua.events.organisation;

import java.time.LocalDate;
import vn.thidua.events.privacy.SealedText;

/**
 * A person joins a court unit; {@code registeredOn} is the day it was recorded. The name is
 * personal data: it travels only as {@code sealedFullName}, encrypted with the person's own data
 * key, and becomes unreadable when that key is erased. {@code fullName} holds the plaintext only in
 * events recorded before names were sealed; it is null in every newer event.
 */
public record StaffMemberRegistered(
    String staffId,
    String fullName,
    StaffRole role,
    String unitId,
    LocalDate registeredOn,
    SealedText sealedFullName) {

  /** With the name sealed, as recorded since names are sealed. */
  public StaffMemberRegistered(
      String staffId,
      SealedText sealedFullName,
      StaffRole role,
      String unitId,
      LocalDate registeredOn) {
    this(staffId, null, role, unitId, registeredOn, sealedFullName);
  }
}
