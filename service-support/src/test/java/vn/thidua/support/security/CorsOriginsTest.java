package vn.thidua.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/** The UI, served by the query side, may call the command side's API; other origins may not. */
class CorsOriginsTest {
  private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";

  @Test
  void theQuerySidesOriginIsAllowedByDefault() {
    CorsConfiguration api = corsOf(new SecurityProperties(null, SECRET, null, null), "/api/cases");

    assertThat(api.checkOrigin("http://localhost:8082")).isEqualTo("http://localhost:8082");
    assertThat(api.checkOrigin("http://evil.example")).isNull();
    assertThat(api.checkHttpMethod(HttpMethod.POST)).isNotNull();
    assertThat(api.checkHeaders(List.of("Authorization", "Content-Type", "Accept-Language")))
        .containsExactly("Authorization", "Content-Type", "Accept-Language");
    assertThat(api.getAllowCredentials()).isNull();
  }

  @Test
  void configuredOriginsReplaceTheDefault() {
    CorsConfiguration api =
        corsOf(
            new SecurityProperties(null, SECRET, null, List.of("https://thidua.toaan.gov.vn")),
            "/api/campaigns");

    assertThat(api.checkOrigin("https://thidua.toaan.gov.vn"))
        .isEqualTo("https://thidua.toaan.gov.vn");
    assertThat(api.checkOrigin("http://localhost:8082")).isNull();
  }

  @Test
  void onlyTheApiAnswersOtherOrigins() {
    CorsConfigurationSource source =
        new SecurityConfiguration()
            .corsConfigurationSource(new SecurityProperties(null, SECRET, null, null));

    assertThat(source.getCorsConfiguration(request("/actuator/env"))).isNull();
  }

  private static CorsConfiguration corsOf(SecurityProperties properties, String path) {
    CorsConfigurationSource source =
        new SecurityConfiguration().corsConfigurationSource(properties);
    return source.getCorsConfiguration(request(path));
  }

  private static MockHttpServletRequest request(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setServletPath(path);
    return request;
  }
}
