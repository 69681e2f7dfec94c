package vn.thidua.support.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * One login for both services. Local mode: HTTP Basic against the built-in users, or a Bearer JWT
 * issued by {@code POST /api/auth/token}. OIDC mode (when {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri} is set): only Bearer JWTs of that provider.
 * Stateless, so no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
@Import({TokenController.class, ProblemAuthenticationHandlers.class})
public class SecurityConfiguration {
  private static final String[] PUBLIC_PATHS = {
    "/actuator/health/**",
    "/actuator/info",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    // the UI's static files; every call it makes carries the user's token
    "/ui/**",
    "/webjars/**"
  };

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ProblemAuthenticationHandlers problems, Environment environment)
      throws Exception {
    if (!LoginMode.isOidc(environment)) {
      http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
    }
    return http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenAuthenticationConverter()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .cors(Customizer.withDefaults())
        .build();
  }

  /** The UI's origin may call the API with its bearer token; no cookies, so no credentials. */
  @Bean
  CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.corsOrigins());
    cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
    cors.setAllowedHeaders(
        List.of(
            "Authorization",
            "Content-Type",
            "Accept",
            "Accept-Language",
            "X-Correlation-Id",
            "Idempotency-Key",
            "If-Match"));
    cors.setExposedHeaders(
        List.of(
            "X-Correlation-Id", "Content-Disposition", "Location", "Idempotent-Replayed", "ETag"));
    cors.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", cors);
    return source;
  }

  /** The built-in users; none in OIDC mode, where their well-known passwords must not work. */
  @Bean
  UserDetailsService localUsers(SecurityProperties properties, Environment environment) {
    List<LocalUser> users = LoginMode.isOidc(environment) ? List.of() : properties.users();
    return username ->
        users.stream()
            .filter(user -> user.username().equals(username))
            .findFirst()
            .map(LocalUserDetails::new)
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  @Bean
  JwtEncoder localTokenEncoder(SecurityProperties properties) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(secretKey(properties)));
  }

  static SecretKey secretKey(SecurityProperties properties) {
    byte[] secret = properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
    if (secret.length < 32) {
      throw new IllegalStateException("thidua.security.jwt-secret must be at least 32 bytes");
    }
    return new SecretKeySpec(secret, "HmacSHA256");
  }
}
