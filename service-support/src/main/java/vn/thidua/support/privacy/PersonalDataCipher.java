package vn.thidua.support.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.thidua.events.privacy.SealedText;

/**
 * AES-256-GCM for personal data. Each person has a random data key; a text sealed with it names the
 * person as associated data, so a ciphertext cannot be passed off as someone else's. Data keys are
 * stored wrapped (encrypted) by the master key when one is configured.
 */
public final class PersonalDataCipher {
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();
  private final byte[] masterKey;

  /**
   * @param masterKey 32 bytes that wrap every data key, or null to store data keys as they are
   */
  public PersonalDataCipher(byte[] masterKey) {
    if (masterKey != null && masterKey.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "thidua.privacy.master-key must be " + KEY_BYTES + " bytes, Base64-encoded");
    }
    this.masterKey = masterKey == null ? null : masterKey.clone();
  }

  public byte[] newDataKey() {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return key;
  }

  public boolean wrapsKeys() {
    return masterKey != null;
  }

  /** The data key as it is stored: wrapped by the master key, if there is one. */
  public byte[] wrap(String personId, byte[] dataKey) {
    return masterKey == null ? dataKey.clone() : encrypt(masterKey, wrapping(personId), dataKey);
  }

  public byte[] unwrap(String personId, byte[] stored, boolean wrapped) {
    if (!wrapped) {
      return stored.clone();
    }
    if (masterKey == null) {
      throw new IllegalStateException(
          "Data keys are wrapped but thidua.privacy.master-key is not configured");
    }
    return decrypt(masterKey, wrapping(personId), stored);
  }

  public SealedText seal(String personId, byte[] dataKey, String text) {
    byte[] sealed = encrypt(dataKey, associated(personId), text.getBytes(StandardCharsets.UTF_8));
    return new SealedText(personId, Base64.getEncoder().encodeToString(sealed));
  }

  public String open(byte[] dataKey, SealedText sealed) {
    byte[] plain =
        decrypt(
            dataKey,
            associated(sealed.personId()),
            Base64.getDecoder().decode(sealed.cipherText()));
    return new String(plain, StandardCharsets.UTF_8);
  }

  private byte[] encrypt(byte[] key, byte[] associatedData, byte[] plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] encrypted = cipher.doFinal(plain);
      return ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  private static byte[] decrypt(byte[] key, byte[] associatedData, byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed: wrong key or altered text", e);
    }
  }

  private static byte[] associated(String personId) {
    return ("personal-data:" + personId).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] wrapping(String personId) {
    return ("data-key:" + personId).getBytes(StandardCharsets.UTF_8);
  }
}
