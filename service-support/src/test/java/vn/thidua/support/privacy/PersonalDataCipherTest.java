package vn.thidua.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.thidua.events.privacy.SealedText;

class PersonalDataCipherTest {
  private final PersonalDataCipher cipher = new PersonalDataCipher(null);

  @Test
  void aSealedNameOpensWithItsPersonsKeyOnly() {
    byte[] key = cipher.newDataKey();
    SealedText sealed = cipher.seal("NV-1", key, "Nguyễn Thị Bình");

    assertThat(sealed.personId()).isEqualTo("NV-1");
    assertThat(new String(Base64.getDecoder().decode(sealed.cipherText()))).doesNotContain("Bình");
    assertThat(cipher.open(key, sealed)).isEqualTo("Nguyễn Thị Bình");
    assertThatThrownBy(() -> cipher.open(cipher.newDataKey(), sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sealingTheSameNameTwiceGivesDifferentCiphertexts() {
    byte[] key = cipher.newDataKey();

    assertThat(cipher.seal("NV-1", key, "An").cipherText())
        .isNotEqualTo(cipher.seal("NV-1", key, "An").cipherText());
  }

  @Test
  void aCiphertextCannotBePassedOffAsAnotherPersons() {
    byte[] key = cipher.newDataKey();
    SealedText sealed = cipher.seal("NV-1", key, "An");

    assertThatThrownBy(() -> cipher.open(key, new SealedText("NV-2", sealed.cipherText())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theMasterKeyWrapsDataKeysForTheirPersonOnly() {
    byte[] master = new PersonalDataCipher(null).newDataKey();
    PersonalDataCipher wrapping = new PersonalDataCipher(master);
    byte[] key = wrapping.newDataKey();

    byte[] stored = wrapping.wrap("NV-1", key);

    assertThat(wrapping.wrapsKeys()).isTrue();
    assertThat(stored).isNotEqualTo(key);
    assertThat(wrapping.unwrap("NV-1", stored, true)).isEqualTo(key);
    assertThatThrownBy(() -> wrapping.unwrap("NV-2", stored, true))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> new PersonalDataCipher(wrapping.newDataKey()).unwrap("NV-1", stored, true))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.unwrap("NV-1", stored, true))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMasterKeyOfTheWrongSizeIsRefused() {
    assertThatThrownBy(() -> new PersonalDataCipher(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thidua.privacy.master-key");
  }
}
