package vn.thidua.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A command retried with the same {@code Idempotency-Key} (same user) gets the first answer back
 * and runs nothing again. Runs after Spring Security, so the user is known. The key is claimed by a
 * PENDING row before the command runs, so two concurrent requests with one key never both run.
 */
class IdempotencyFilter extends OncePerRequestFilter {
  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final int MAX_KEY_LENGTH = 200;
  private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String TOKEN_PATH = "/api/auth/token";

  private final IdempotencyKeys keys;

  IdempotencyFilter(IdempotencyKeys keys) {
    this.keys = keys;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return request.getHeader(HEADER) == null
        || !COMMAND_METHODS.contains(request.getMethod())
        || !path.startsWith("/api/")
        || path.equals(TOKEN_PATH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      KeyProblems.write(
          request,
          response,
          400,
          "idempotency-key-format",
          "must be 1 to " + MAX_KEY_LENGTH + " characters");
      return;
    }
    Optional<String> user = currentUser();
    if (user.isEmpty()) {
      chain.doFilter(request, response); // security answers for the anonymous caller
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String method = request.getMethod();
    String path =
        request.getQueryString() == null
            ? request.getRequestURI()
            : request.getRequestURI() + "?" + request.getQueryString();
    String bodySha256 = sha256(body);

    if (!keys.claim(user.get(), key, method, path, bodySha256)) {
      answerForTakenKey(request, response, user.get(), key, method, path, bodySha256);
      return;
    }
    runOnce(new BufferedBody(request, body), response, chain, user.get(), key);
  }

  private void runOnce(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String user,
      String key)
      throws ServletException, IOException {
    ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, recorded);
    } catch (ServletException | IOException | RuntimeException | Error failure) {
      keys.release(user, key);
      throw failure;
    }
    int status = recorded.getStatus();
    if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
      keys.release(user, key);
    } else {
      keys.complete(user, key, status, recorded.getContentType(), recorded.getContentAsByteArray());
    }
    recorded.copyBodyToResponse();
  }

  private void answerForTakenKey(
      HttpServletRequest request,
      HttpServletResponse response,
      String user,
      String key,
      String method,
      String path,
      String bodySha256)
      throws IOException {
    Optional<StoredAnswer> stored = keys.find(user, key);
    if (stored.isEmpty()) {
      // the first request failed with a 5xx and released the key just now; let the client retry
      KeyProblems.write(
          request,
          response,
          409,
          "idempotency-key-in-flight",
          "a request with this key is running");
      return;
    }
    StoredAnswer first = stored.get();
    if (!first.sameRequest(method, path, bodySha256)) {
      KeyProblems.write(
          request,
          response,
          422,
          "idempotency-key-reused",
          "this key was used for a different request");
      return;
    }
    if (first.pending()) {
      KeyProblems.write(
          request,
          response,
          409,
          "idempotency-key-in-flight",
          "a request with this key is running");
      return;
    }
    response.setStatus(first.status());
    if (first.contentType() != null) {
      response.setContentType(first.contentType());
    }
    response.setHeader(REPLAYED_HEADER, "true");
    byte[] body = first.body() == null ? new byte[0] : first.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static Optional<String> currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(authentication.getName());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** The body was read once to fingerprint it; the handler reads it again from memory. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }
  }
}
