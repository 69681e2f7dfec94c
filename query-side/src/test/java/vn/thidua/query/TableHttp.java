package vn.thidua.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** An analyst table read over HTTP as raw bytes: JSON pages, CSV and XLSX files, problems. */
public final class TableHttp {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final int port;
  private final ObjectMapper json;

  public TableHttp(int port, ObjectMapper json) {
    this.port = port;
    this.json = json;
  }

  /** A JSON page; fails unless the answer is a 200. */
  public JsonNode page(String path) {
    Answer answer = get(path, HttpHeaders.EMPTY);
    assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
    return tree(answer.text());
  }

  /** The lines of a CSV export after its byte order mark, checked to be an attachment. */
  public List<String> csv(String path, String fileName) {
    Answer answer = get(path, HttpHeaders.EMPTY);
    assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
    assertThat(answer.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/csv");
    assertThat(answer.header(HttpHeaders.CONTENT_DISPOSITION)).contains(fileName + ".csv");
    assertThat(answer.body()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    return List.of(answer.text().substring(1).split("\r\n"));
  }

  /** An XLSX export asked for by the Accept header; the caller closes the workbook. */
  public XSSFWorkbook xlsx(String path, String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, XLSX);
    Answer answer = get(path, headers);
    assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
    assertThat(answer.header(HttpHeaders.CONTENT_DISPOSITION)).contains(fileName + ".xlsx");
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(answer.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts a problem+json answer whose first error names {@code field} and {@code rule}. */
  public void assertProblem(String path, int status, String field, String rule) {
    Answer answer = get(path, HttpHeaders.EMPTY);
    assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(status);
    assertThat(answer.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/problem+json");
    JsonNode error = tree(answer.text()).path("errors").path(0);
    assertThat(error.path("field").asText()).as(path).isEqualTo(field);
    assertThat(error.path("rule").asText()).as(path).isEqualTo(rule);
  }

  private JsonNode tree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Answer get(String path, HttpHeaders headers) {
    return RestClient.create("http://localhost:" + port)
        .get()
        .uri(path)
        .headers(
            sent -> {
              sent.addAll(headers);
              sent.setBasicAuth(ReadApi.ANALYST, ApiClient.PASSWORD);
            })
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    response.getHeaders(),
                    response.getBody().readAllBytes()));
  }

  private record Answer(int status, HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
