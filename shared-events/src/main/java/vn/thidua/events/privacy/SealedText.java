package vn.thidua.events.privacy;

/**
 * A piece of personal data (a person's name) as it is stored in events: encrypted with the data key
 * of the person it belongs to, so that deleting that one key erases it from every event at once
 * (crypto-shredding) while the events themselves never change.
 *
 * @param personId whose data key encrypts it (a staff id)
 * @param cipherText Base64 of the AES-GCM nonce followed by the ciphertext and its tag
 */
public record SealedText(String personId, String cipherText) {}
