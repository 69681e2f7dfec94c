package vn.thidua.support.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.events.privacy.SealedText;
import vn.thidua.support.privacy.PersonalDataKeys.Standing;

/**
 * Turns sealed names back into text for readers: the name while its person's key exists, the
 * placeholder {@value #ERASED} once it was erased (or was never there).
 */
public class PersonalNames {
  /** What readers see instead of an erased name. */
  public static final String ERASED = "[đã xoá theo yêu cầu]";

  /** What readers see when a sealed name does not open with its person's key (altered data). */
  public static final String UNREADABLE = "[không giải mã được]";

  private static final Logger LOG = LoggerFactory.getLogger(PersonalNames.class);

  private final PersonalDataKeys keys;
  private final PersonalDataCipher cipher;

  public PersonalNames(PersonalDataKeys keys, PersonalDataCipher cipher) {
    this.keys = keys;
    this.cipher = cipher;
  }

  /** The name, the placeholder, or null when there was no name at all. */
  public String reveal(SealedText sealed) {
    if (sealed == null) {
      return null;
    }
    PersonalDataKeys.Key key = keys.find(sealed.personId());
    if (key.standing() != Standing.ACTIVE) {
      return ERASED;
    }
    try {
      return cipher.open(key.dataKey(), sealed);
    } catch (IllegalStateException altered) {
      // a projection that threw here would stop its processor for good; the chain check finds
      // altered events, this only keeps readers going
      LOG.error("A sealed name of {} does not open with its key", sealed.personId(), altered);
      return UNREADABLE;
    }
  }

  /**
   * The name of an event that may be older than sealing: its sealed name if it has one, else the
   * plaintext it was recorded with, hidden once that person's data was erased.
   */
  public String reveal(SealedText sealed, String legacyPlaintext, String personId) {
    if (sealed != null || legacyPlaintext == null) {
      return reveal(sealed);
    }
    return keys.find(personId).standing() == Standing.ERASED ? ERASED : legacyPlaintext;
  }

  /** Drops any cached key of the person: their data was just erased. */
  public void forget(String personId) {
    keys.forget(personId);
  }

  /**
   * Writes every {@link SealedText} as {@code {"personId": …, "text": …}} with the text revealed,
   * for readers that show stored events (history, audit).
   */
  public Module revealingJson() {
    return new SimpleModule("revealed-personal-data")
        .addSerializer(
            SealedText.class,
            new JsonSerializer<>() {
              @Override
              public void serialize(
                  SealedText sealed, JsonGenerator out, SerializerProvider serializers)
                  throws IOException {
                out.writeStartObject();
                out.writeStringField("personId", sealed.personId());
                out.writeStringField("text", reveal(sealed));
                out.writeEndObject();
              }
            });
  }
}
