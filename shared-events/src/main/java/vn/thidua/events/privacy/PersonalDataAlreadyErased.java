package vn.thidua.events.privacy;

import vn.thidua.events.problem.AlreadyDone;

/** A person's data can be erased once; after that there is nothing left to erase. */
public class PersonalDataAlreadyErased extends AlreadyDone {
  public PersonalDataAlreadyErased(String personId) {
    super(
        "personId",
        "personal-data-erased-once",
        "The personal data of '" + personId + "' is already erased");
  }
}
