package vn.thidua.support.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.support.table.TableEndpointDocumentation;
import vn.thidua.support.table.TableExportConverter;

@Configuration(proxyBeanMethods = false)
@Import({ProblemDetailsAdvice.class, AggregateVersionAdvice.class})
public class WebSupportConfiguration implements WebMvcConfigurer {

  /** CSV and XLSX answers of the analyst tables, streamed to the response. */
  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(0, new TableExportConverter());
  }

  /** Lists the paging, sort and export parameters of every analyst table in the API docs. */
  @Bean
  TableEndpointDocumentation tableEndpointDocumentation() {
    return new TableEndpointDocumentation();
  }

  /** Runs before security, so even an unauthenticated caller gets a correlation id back. */
  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Content-Type and Accept headers Spring MVC cannot work with are refused up front. */
  @Bean
  FilterRegistrationBean<MediaTypeHeaderFilter> mediaTypeHeaderFilter() {
    FilterRegistrationBean<MediaTypeHeaderFilter> registration =
        new FilterRegistrationBean<>(new MediaTypeHeaderFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** Spring Security's firewall answers in problem+json too. */
  @Bean
  RequestRejectedHandler problemRequestRejectedHandler() {
    return new ProblemRequestRejectedHandler();
  }

  /** Requests Tomcat refuses itself are answered in problem+json too (after Boot's customizer). */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
    return new ProblemErrorReportValveCustomizer();
  }

  /** Bulk imports stream their body row by row, so they may send far more than other requests. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${thidua.web.max-body-size:1MB}") DataSize maxBodySize,
      @Value("${thidua.web.import-path-prefix:/api/imports/}") String importPathPrefix,
      @Value("${thidua.web.import-max-body-size:200MB}") DataSize importMaxBodySize) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimitFilter(
                maxBodySize.toBytes(), importPathPrefix, importMaxBodySize.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
