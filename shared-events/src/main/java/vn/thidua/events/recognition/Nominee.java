package vn.thidua.events.recognition;

import vn.thidua.events.privacy.SealedText;

/**
 * Who is nominated: a court unit ({@code personId} null) or a person working in that unit. A unit's
 * {@code name} is plain text. A person's name is personal data: in commands it comes as {@code
 * name}, in events only as {@code sealedName}, encrypted with that person's key (their staff id),
 * so erasing the person's data makes it unreadable; events recorded before names were sealed still
 * carry it as {@code name}.
 */
public record Nominee(String unitId, String personId, String name, SealedText sealedName) {

  /** As a request names the nominee: a unit, or a person with their name in plain text. */
  public Nominee(String unitId, String personId, String name) {
    this(unitId, personId, name, null);
  }

  /** A person whose name is still in plain text, to be sealed before it goes into an event. */
  public boolean hasPlainPersonalName() {
    return personId != null && name != null;
  }

  /** The same nominee with the name replaced by its sealed form. */
  public Nominee sealedAs(SealedText sealed) {
    return new Nominee(unitId, personId, null, sealed);
  }
}
