package vn.thidua.support.privacy;

import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reading (and, on the command side, sealing) personal data with per-person keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

  @Bean
  PersonalDataCipher personalDataCipher(PrivacyProperties properties) {
    PersonalDataCipher cipher = new PersonalDataCipher(properties.masterKeyBytes());
    if (!cipher.wrapsKeys()) {
      LoggerFactory.getLogger(PrivacyConfiguration.class)
          .warn(
              "thidua.privacy.master-key is not set: personal data keys are stored unwrapped"
                  + " (acceptable for development only)");
    }
    return cipher;
  }

  @Bean
  PersonalDataKeys personalDataKeys(
      JdbcTemplate jdbc, PersonalDataCipher cipher, PrivacyProperties properties) {
    return new PersonalDataKeys(jdbc, cipher, properties.keyCacheTtl(), Clock.systemUTC());
  }

  @Bean
  PersonalNames personalNames(PersonalDataKeys keys, PersonalDataCipher cipher) {
    return new PersonalNames(keys, cipher);
  }
}
