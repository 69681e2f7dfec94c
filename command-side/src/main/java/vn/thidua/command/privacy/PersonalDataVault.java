package vn.thidua.command.privacy;

import vn.thidua.events.privacy.SealedText;

/**
 * Where command handlers seal personal data before it goes into an event, and shred it on request.
 * Both take part in the command's transaction: a rejected command leaves no key behind.
 */
public interface PersonalDataVault {

  /**
   * Encrypts a person's text with their data key, created when the person first appears.
   *
   * @throws vn.thidua.events.privacy.PersonalDataAlreadyErased if the person's data was erased
   */
  SealedText seal(String personId, String text);

  /** Deletes the person's data key for good, leaving a tombstone; repeating it changes nothing. */
  void shred(String personId);
}
