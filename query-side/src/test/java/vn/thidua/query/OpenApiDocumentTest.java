package vn.thidua.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The query API describes itself at /v3/api-docs and in Swagger UI, to anyone. */
class OpenApiDocumentTest extends QuerySideIntegrationTest {
  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void theDocumentListsTheQueryApiWithTheTableParameters() throws Exception {
    ApiClient.Response response = new ApiClient(port).get(null, "/v3/api-docs");

    assertThat(response.status()).isEqualTo(200);
    JsonNode document = json.readTree(response.body());
    assertThat(document.path("info").path("title").asText()).isEqualTo("Thi Đua — query API");
    assertThat(document.path("paths").has("/api/processors")).isTrue();
    JsonNode units = document.path("paths").path("/api/units").path("get");
    assertThat(units.path("parameters").findValuesAsText("name"))
        .contains("page", "size", "sort", "format", "lang");
    assertThat(units.path("description").asText()).contains("parentUnitId");
    assertThat(units.path("responses").path("200").path("content").has("text/csv")).isTrue();
    assertThat(document.path("components").path("securitySchemes").has("bearer")).isTrue();
  }

  @Test
  void swaggerUiIsServedWithoutLogin() {
    ApiClient.Response page = new ApiClient(port).get(null, "/swagger-ui/index.html");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Swagger UI");
  }
}
