package vn.thidua.command.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of the chain, computed in Java exactly as the database computes them (migrations V70
 * and V71), so a verifier trusts no function of the database it checks. Integers are big-endian; a
 * field is its byte length (int4, -1 for null) followed by its bytes, text as UTF-8.
 */
public final class StreamHash {
  /** The "previous hash" of an aggregate's first event and of the first sealed event. */
  public static final byte[] GENESIS = new byte[32];

  private final MessageDigest sha256;
  private final byte[] number = new byte[8];

  public StreamHash() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** One stored event row, as its columns hold it. */
  public record EventRow(
      long globalIndex,
      String eventIdentifier,
      String aggregateIdentifier,
      long sequenceNumber,
      String type,
      String timeStamp,
      String payloadType,
      String payloadRevision,
      byte[] payload,
      byte[] metaData) {}

  /** The stream hash of an event, given its predecessor's ({@code null} when it has none). */
  public byte[] ofEvent(byte[] previous, EventRow event) {
    sha256.update(previous == null ? GENESIS : previous);
    int8(event.globalIndex());
    text(event.eventIdentifier());
    text(event.aggregateIdentifier());
    int8(event.sequenceNumber());
    text(event.type());
    text(event.timeStamp());
    text(event.payloadType());
    text(event.payloadRevision());
    field(event.payload());
    field(event.metaData());
    return sha256.digest();
  }

  /** The chain hash of the event at a global index, given the previous chain hash. */
  public byte[] ofSeal(byte[] previousChainHash, long globalIndex, byte[] streamHash) {
    sha256.update(previousChainHash);
    int8(globalIndex);
    sha256.update(streamHash);
    return sha256.digest();
  }

  private void text(String value) {
    field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  private void field(byte[] value) {
    if (value == null) {
      int4(-1);
    } else {
      int4(value.length);
      sha256.update(value);
    }
  }

  private void int4(int value) {
    for (int i = 0; i < 4; i++) {
      number[i] = (byte) (value >>> (24 - 8 * i));
    }
    sha256.update(number, 0, 4);
  }

  private void int8(long value) {
    for (int i = 0; i < 8; i++) {
      number[i] = (byte) (value >>> (56 - 8 * i));
    }
    sha256.update(number, 0, 8);
  }
}
