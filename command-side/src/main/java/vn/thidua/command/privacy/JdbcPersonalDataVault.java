package vn.thidua.command.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.privacy.PersonalDataAlreadyErased;
import vn.thidua.events.privacy.SealedText;
import vn.thidua.support.privacy.PersonalDataCipher;
import vn.thidua.support.privacy.PersonalDataKeys;

/** The key table {@code personal_data_key} (V90), through the readers' {@link PersonalDataKeys}. */
@Component
class JdbcPersonalDataVault implements PersonalDataVault {
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataKeys keys;

  JdbcPersonalDataVault(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataKeys keys) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.keys = keys;
  }

  @Override
  public SealedText seal(String personId, String text) {
    jdbc.update(
        "INSERT INTO personal_data_key (person_id, data_key, wrapped) VALUES (?, ?, ?)"
            + " ON CONFLICT (person_id) DO NOTHING",
        personId,
        cipher.wrap(personId, cipher.newDataKey()),
        cipher.wrapsKeys());
    PersonalDataKeys.Key key = keys.read(personId);
    if (key.standing() != PersonalDataKeys.Standing.ACTIVE) {
      throw new PersonalDataAlreadyErased(personId);
    }
    return cipher.seal(personId, key.dataKey(), text);
  }

  @Override
  public void shred(String personId) {
    jdbc.update(
        "INSERT INTO personal_data_key (person_id, data_key, wrapped, erased_at)"
            + " VALUES (?, NULL, FALSE, now())"
            + " ON CONFLICT (person_id) DO UPDATE SET data_key = NULL, erased_at = now()"
            + " WHERE personal_data_key.erased_at IS NULL",
        personId);
    keys.forget(personId);
  }
}
