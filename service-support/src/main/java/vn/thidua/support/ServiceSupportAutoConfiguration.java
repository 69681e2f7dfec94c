package vn.thidua.support;

import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;
import vn.thidua.support.axon.AxonSupportConfiguration;
import vn.thidua.support.security.SecurityConfiguration;
import vn.thidua.support.web.WebSupportConfiguration;

/**
 * What every Thi Đua service gets by depending on this module. Runs before Boot's security
 * defaults, so this filter chain is the only one.
 */
@AutoConfiguration(
    before = {
      OAuth2ResourceServerAutoConfiguration.class,
      ManagementWebSecurityAutoConfiguration.class,
      SecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class
    })
@Import({
  SecurityConfiguration.class,
  WebSupportConfiguration.class,
  AxonSupportConfiguration.class
})
public class ServiceSupportAutoConfiguration {}
