package vn.thidua.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Accepts the locally issued tokens, unless an OIDC issuer is configured: Boot then builds the
 * decoder from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} first.
 */
@AutoConfiguration(after = OAuth2ResourceServerAutoConfiguration.class)
public class LocalTokenDecoderConfiguration {

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder localTokenDecoder(SecurityProperties properties) {
    return NimbusJwtDecoder.withSecretKey(SecurityConfiguration.secretKey(properties))
        .macAlgorithm(MacAlgorithm.HS256)
        .build();
  }
}
