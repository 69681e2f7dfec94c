package vn.thidua.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The command API describes itself at /v3/api-docs and in Swagger UI, to anyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {
  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void theDocumentListsTheCommandsWithoutLogin() throws Exception {
    JsonNode document = json.readTree(getAnonymously("/v3/api-docs"));

    assertThat(document.path("info").path("title").asText()).isEqualTo("Thi Đua — command API");
    assertThat(document.path("info").path("description").asText()).contains("problem+json");
    assertThat(document.path("paths").path("/api/campaigns").has("post")).isTrue();
    assertThat(document.path("paths").has("/api/cases/{caseId}/verdict")).isTrue();
    assertThat(document.path("components").path("securitySchemes").has("basic")).isTrue();
  }

  @Test
  void swaggerUiIsServedWithoutLogin() {
    assertThat(getAnonymously("/swagger-ui/index.html")).contains("Swagger UI");
  }

  private String getAnonymously(String path) {
    return RestClient.create("http://localhost:" + port)
        .get()
        .uri(path)
        .exchange(
            (request, response) -> {
              assertThat(response.getStatusCode().value()).isEqualTo(200);
              return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            });
  }
}
