package vn.thidua.command.authorization;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every method and path pattern Spring MVC maps to a handler: the matrix's list of endpoints. */
final class MappedEndpoints {
  private MappedEndpoints() {}

  static Set<Endpoint> of(RequestMappingHandlerMapping mappings) {
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
