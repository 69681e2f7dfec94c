package vn.thidua.support.authorization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every method and path pattern Spring MVC maps to a handler: the matrix's list of endpoints. */
public final class MappedEndpoints {
  private MappedEndpoints() {}

  /** The edits: endpoints whose handler takes an If-Match header (an expected version). */
  public static Set<Endpoint> takingIfMatch(RequestMappingHandlerMapping mappings) {
    Set<Endpoint> edits =
        new TreeSet<>(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              boolean takesIfMatch =
                  Arrays.stream(handler.getMethodParameters())
                      .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
                      .anyMatch(
                          header ->
                              header != null
                                  && HttpHeaders.IF_MATCH.equalsIgnoreCase(
                                      header.value().isEmpty() ? header.name() : header.value()));
              if (takesIfMatch) {
                for (String path : info.getPatternValues()) {
                  info.getMethodsCondition()
                      .getMethods()
                      .forEach(method -> edits.add(new Endpoint(method.name(), path)));
                }
              }
            });
    return edits;
  }

  public static Set<Endpoint> of(RequestMappingHandlerMapping mappings) {
    Set<Endpoint> endpoints =
        new TreeSet<>(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String path : info.getPatternValues()) {
        if (methods.isEmpty()) {
          endpoints.add(new Endpoint("ANY", path));
        }
        for (RequestMethod method : methods) {
          endpoints.add(new Endpoint(method.name(), path));
        }
      }
    }
    return endpoints;
  }
}
