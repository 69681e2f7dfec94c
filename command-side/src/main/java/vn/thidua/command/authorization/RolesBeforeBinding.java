package vn.thidua.command.authorization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks an endpoint's {@code @PreAuthorize} role rule before Spring MVC reads, validates or checks
 * anything of the request. Method security alone runs only once the arguments are bound, so a
 * caller whose role may not call the endpoint at all got 400 for a bad body or header first, and
 * learned the endpoint's input rules. Now it gets 403 whatever it sent. Method security still
 * checks again; the unit scope rules stay in the aggregates, which need the command.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeBinding implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RoleRuleFirst()).order(Ordered.HIGHEST_PRECEDENCE);
  }

  static final class RoleRuleFirst implements HandlerInterceptor {
    private final PreAuthorizeAuthorizationManager roleRules =
        new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (handler instanceof HandlerMethod endpoint) {
        Object controller =
            Objects.requireNonNullElse(
                AopProxyUtils.getSingletonTarget(endpoint.getBean()), endpoint.getBean());
        AuthorizationResult result =
            roleRules.authorize(
                () -> SecurityContextHolder.getContext().getAuthentication(),
                new SimpleMethodInvocation(controller, endpoint.getMethod()));
        if (result != null && !result.isGranted()) {
          throw new AuthorizationDeniedException("Access Denied", result);
        }
      }
      return true;
    }
  }
}
