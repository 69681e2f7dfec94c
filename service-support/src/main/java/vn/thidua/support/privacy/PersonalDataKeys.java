package vn.thidua.support.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the persons' data keys from the key table ({@code personal_data_key}, created by the
 * command side's migration V90). An active key is kept in memory for a short while; erased and
 * unknown persons are never cached, so an erasure takes effect here at the next read once the
 * cached key has expired or was {@linkplain #forget forgotten}.
 */
public class PersonalDataKeys {
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public PersonalDataKeys(JdbcTemplate jdbc, PersonalDataCipher cipher, Duration ttl, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** Where a person's key stands. */
  public enum Standing {
    ACTIVE,
    ERASED,
    UNKNOWN
  }

  /** A person's key: the unwrapped data key when {@link Standing#ACTIVE}, else null. */
  public record Key(Standing standing, byte[] dataKey) {}

  public Key find(String personId) {
    Instant now = clock.instant();
    Cached cached = cache.get(personId);
    if (cached != null && cached.until().isAfter(now)) {
      return new Key(Standing.ACTIVE, cached.dataKey());
    }
    Key key = read(personId);
    if (key.standing() == Standing.ACTIVE && !ttl.isZero()) {
      cache.put(personId, new Cached(key.dataKey(), now.plus(ttl)));
    } else {
      cache.remove(personId);
    }
    return key;
  }

  /**
   * The key as the database holds it now, bypassing the cache: what a writer needs inside its
   * transaction, whose key may yet be rolled back and must not be cached.
   */
  public Key read(String personId) {
    return jdbc
        .query(
            "SELECT data_key, wrapped FROM personal_data_key WHERE person_id = ?",
            (row, number) -> {
              byte[] stored = row.getBytes(1);
              return stored == null
                  ? new Key(Standing.ERASED, null)
                  : new Key(Standing.ACTIVE, cipher.unwrap(personId, stored, row.getBoolean(2)));
            },
            personId)
        .stream()
        .findFirst()
        .orElse(new Key(Standing.UNKNOWN, null));
  }

  /** Drops a cached key at once, e.g. when this instance learns of an erasure. */
  public void forget(String personId) {
    cache.remove(personId);
  }

  private record Cached(byte[] dataKey, Instant until) {}
}
