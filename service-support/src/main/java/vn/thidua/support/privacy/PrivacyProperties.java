package vn.thidua.support.privacy;

import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Personal data settings.
 *
 * @param masterKey Base64 of 32 random bytes ({@code openssl rand -base64 32}) that wrap every
 *     person's data key in the key table; empty stores data keys unwrapped (development only). Both
 *     services need the same value.
 * @param keyCacheTtl how long a reader keeps a person's data key in memory; an erasure on another
 *     instance stops being seen at most this late (see docs/features/personal-data.md)
 */
@ConfigurationProperties("thidua.privacy")
public record PrivacyProperties(String masterKey, Duration keyCacheTtl) {
  public PrivacyProperties {
    keyCacheTtl = keyCacheTtl == null ? Duration.ofSeconds(5) : keyCacheTtl;
  }

  byte[] masterKeyBytes() {
    return masterKey == null || masterKey.isBlank()
        ? null
        : Base64.getDecoder().decode(masterKey.strip());
  }
}
