package vn.thidua.query.ui;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The staff UI: static pages under /ui/ (src/main/resources/static/ui), which call both services
 * with the user's token. The page learns where the command side is, and how users sign in, from
 * /ui/config.json.
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {
  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/ui", "/ui/");
    registry.addViewController("/ui/").setViewName("forward:/ui/index.html");
  }

  /**
   * What the page needs before anyone signs in: where the command side is and, in OIDC mode, the
   * provider and client it signs in with (authorization code flow with PKCE).
   */
  @RestController
  static class UiSettings {
    private final Map<String, String> settings;

    UiSettings(
        @Value("${thidua.ui.command-url:}") String commandUrl,
        @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String oidcIssuer,
        @Value("${thidua.ui.oidc-client-id:thidua-ui}") String oidcClientId) {
      this.settings =
          oidcIssuer.isBlank()
              ? Map.of("commandUrl", commandUrl)
              : Map.of(
                  "commandUrl", commandUrl, "oidcIssuer", oidcIssuer, "oidcClientId", oidcClientId);
    }

    /** An empty address means: the command side is on this host, port 8081. */
    @GetMapping("/ui/config.json")
    Map<String, String> settings() {
      return settings;
    }
  }
}
