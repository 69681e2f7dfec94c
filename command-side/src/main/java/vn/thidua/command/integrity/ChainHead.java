package vn.thidua.command.integrity;

import java.time.Instant;
import java.util.HexFormat;

/**
 * The last sealed event: auditors note its global index and hash outside the system; a later
 * verification that finds the same hash at the same index proves nothing before it changed.
 */
public record ChainHead(long globalIndex, String chainHash, long sealedEvents, Instant sealedAt) {
  static ChainHead of(long globalIndex, byte[] chainHash, long sealedEvents, Instant sealedAt) {
    return new ChainHead(globalIndex, HexFormat.of().formatHex(chainHash), sealedEvents, sealedAt);
  }
}
