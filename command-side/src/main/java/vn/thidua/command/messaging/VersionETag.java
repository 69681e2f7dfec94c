package vn.thidua.command.messaging;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A successful request that ran one command answers with the aggregate's new version as its ETag,
 * ready to be sent back as If-Match by the next edit. A request that ran several commands (an
 * import) has no single version, so no ETag.
 */
@RestControllerAdvice
class VersionETag implements ResponseBodyAdvice<Object> {
  private static final String SENT = VersionETag.class.getName() + ".sent";

  /** Called by the command sender for every command a request ran successfully. */
  static void remember(HttpServletRequest request, Long version) {
    Sent previous = (Sent) request.getAttribute(SENT);
    request.setAttribute(SENT, previous == null ? new Sent(1, version) : previous.andOneMore());
  }

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (request instanceof ServletServerHttpRequest in
        && response instanceof ServletServerHttpResponse out
        && out.getServletResponse().getStatus() / 100 == 2
        && in.getServletRequest().getAttribute(SENT) instanceof Sent sent
        && sent.commands() == 1
        && sent.version() != null) {
      response.getHeaders().setETag(ExpectedVersion.asETag(sent.version()));
    }
    return body;
  }

  private record Sent(int commands, Long version) {
    Sent andOneMore() {
      return new Sent(commands + 1, null);
    }
  }
}
