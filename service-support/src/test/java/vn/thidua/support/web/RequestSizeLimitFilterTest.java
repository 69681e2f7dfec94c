package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Bulk imports get their own, larger body limit; every other path keeps the small one. */
class RequestSizeLimitFilterTest {
  private final RequestSizeLimitFilter filter =
      new RequestSizeLimitFilter(10, "/api/imports/", 100);

  @Test
  void refusesALargeBodyOutsideTheImportPath() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request("/api/units", 50), response, (request, ignored) -> {});

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString()).contains("max-body-size");
  }

  @Test
  void letsTheImportPathSendUpToItsOwnLimit() throws Exception {
    MockHttpServletResponse accepted = new MockHttpServletResponse();
    MockHttpServletResponse refused = new MockHttpServletResponse();

    filter.doFilter(request("/api/imports/caseload", 50), accepted, (request, ignored) -> {});
    filter.doFilter(request("/api/imports/caseload", 150), refused, (request, ignored) -> {});

    assertThat(accepted.getStatus()).isEqualTo(200);
    assertThat(refused.getStatus()).isEqualTo(413);
  }

  @Test
  void cutsOffABodyWithoutLengthAtTheImportLimit() throws Exception {
    HttpServletRequest chunked =
        new HttpServletRequestWrapper(request("/api/imports/caseload", 150)) {
          @Override
          public long getContentLengthLong() {
            return -1;
          }
        };
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

    filter.doFilter(
        chunked,
        new MockHttpServletResponse(),
        (request, ignored) -> seen.set((HttpServletRequest) request));

    assertThat(seen.get().getInputStream().readNBytes(100)).hasSize(100);
    assertThatThrownBy(() -> seen.get().getInputStream().read())
        .isInstanceOf(RequestSizeLimitFilter.BodyTooLarge.class);
  }

  private static MockHttpServletRequest request(String path, int bytes) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContent(new byte[bytes]);
    return request;
  }
}
