package vn.thidua.command.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import vn.thidua.events.privacy.PersonalDataAlreadyErased;
import vn.thidua.events.privacy.SealedText;

/**
 * A vault for aggregate fixtures: seals deterministically (Base64, no encryption), so expected
 * events can be written down, and remembers whom it shredded.
 */
public class InMemoryVault implements PersonalDataVault {
  private final Set<String> shredded = new HashSet<>();

  public static SealedText sealed(String personId, String text) {
    return new SealedText(
        personId, Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public SealedText seal(String personId, String text) {
    if (shredded.contains(personId)) {
      throw new PersonalDataAlreadyErased(personId);
    }
    return sealed(personId, text);
  }

  @Override
  public void shred(String personId) {
    shredded.add(personId);
  }

  public boolean shredded(String personId) {
    return shredded.contains(personId);
  }
}
