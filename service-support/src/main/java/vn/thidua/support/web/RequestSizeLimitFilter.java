package vn.thidua.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies above the limit with 413 before anything reads them. A chunked body has no length
 * up front, so its stream is counted and cut off at the limit instead. Paths under one prefix (the
 * bulk imports, which stream their body) may have a larger limit of their own.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {
  private final long defaultMaxBytes;
  private final String largeBodyPathPrefix;
  private final long largeBodyMaxBytes;

  public RequestSizeLimitFilter(long maxBytes) {
    this(maxBytes, null, maxBytes);
  }

  public RequestSizeLimitFilter(long maxBytes, String largeBodyPathPrefix, long largeBodyMaxBytes) {
    this.defaultMaxBytes = maxBytes;
    this.largeBodyPathPrefix = largeBodyPathPrefix;
    this.largeBodyMaxBytes = largeBodyMaxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBytes =
        largeBodyPathPrefix != null && request.getRequestURI().startsWith(largeBodyPathPrefix)
            ? largeBodyMaxBytes
            : defaultMaxBytes;
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                  + "\"detail\":\"The request body exceeds "
                  + maxBytes
                  + " bytes\",\"errors\":[{\"field\":null,\"rule\":\"max-body-size\","
                  + "\"message\":\"at most "
                  + maxBytes
                  + " bytes\"}]}");
      return;
    }
    chain.doFilter(
        request.getContentLengthLong() < 0 ? new Limited(request, maxBytes) : request, response);
  }

  /** Thrown when a body without a declared length grows past the limit. */
  public static class BodyTooLarge extends IOException {
    BodyTooLarge(long maxBytes) {
      super("The request body exceeds " + maxBytes + " bytes");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long maxBytes;
    private long count;

    CountingStream(ServletInputStream delegate, long maxBytes) {
      this.delegate = delegate;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int next = delegate.read();
      if (next >= 0) {
        count(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = delegate.read(buffer, offset, length);
      if (read > 0) {
        count(read);
      }
      return read;
    }

    private void count(int bytes) throws BodyTooLarge {
      count += bytes;
      if (count > maxBytes) {
        throw new BodyTooLarge(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
