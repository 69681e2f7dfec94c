package vn.thidua.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses media type headers Spring MVC cannot work with, before it fails on them: a Content-Type
 * that is not one concrete media type (a wildcard like {@code application/*}, an unknown charset,
 * garbage) gets 415 instead of a 500 while reading the body, and an Accept header that does not
 * parse gets 406 instead of an empty answer (the problem itself could not be negotiated).
 */
public class MediaTypeHeaderFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && !contentType.isBlank() && !concrete(contentType)) {
      refuse(
          response,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type",
          "supported-media-type",
          "must be one media type, e.g. application/json");
      return;
    }
    for (String accept : Collections.list(request.getHeaders("Accept"))) {
      if (!accept.isBlank() && !parses(accept)) {
        refuse(
            response,
            HttpStatus.NOT_ACCEPTABLE,
            "Accept",
            "acceptable-media-type",
            "must list media types, e.g. application/json");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean concrete(String header) {
    try {
      MediaType type = MediaType.parseMediaType(header);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException unparseable) {
      return false;
    }
  }

  private static boolean parses(String header) {
    try {
      MediaType.parseMediaTypes(header);
      return true;
    } catch (InvalidMediaTypeException unparseable) {
      return false;
    }
  }

  private static void refuse(
      HttpServletResponse response, HttpStatus status, String field, String rule, String message)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"The %s header is not usable\",\"errors\":[{\"field\":\"%s\",\"rule\":\"%s\",\"message\":\"%s\"}]}"
                .formatted(status.getReasonPhrase(), status.value(), field, field, rule, message));
  }
}
