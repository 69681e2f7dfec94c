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
 * with the user's token. The page learns where the command side is from /ui/config.json.
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {
  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/ui", "/ui/");
    registry.addViewController("/ui/").setViewName("forward:/ui/index.html");
  }

  @RestController
  static class UiSettings {
    private final String commandUrl;

    UiSettings(@Value("${thidua.ui.command-url:}") String commandUrl) {
      this.commandUrl = commandUrl;
    }

    /** An empty address means: the command side is on this host, port 8081. */
    @GetMapping("/ui/config.json")
    Map<String, String> settings() {
      return Map.of("commandUrl", commandUrl);
    }
  }
}
