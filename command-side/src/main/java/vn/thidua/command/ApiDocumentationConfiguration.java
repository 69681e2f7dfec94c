package vn.thidua.command;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.support.openapi.ApiDocumentation;

/** The title and description of the command API at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

  @Bean
  OpenAPI commandApi() {
    return ApiDocumentation.describe(
        "Thi Đua — command API",
        """
        Decisions of emulation campaigns (phong trào thi đua) for Vietnam's People's Courts: \
        register court units and staff, form clusters and sign covenants, launch campaigns, \
        record cases, verdicts and the rest of the caseload (also as a bulk import), nominate, \
        vote and award titles. Every accepted command becomes an event; every refusal is a 4xx \
        application/problem+json naming the field and the rule, worded in Vietnamese for \
        Accept-Language: vi.

        Reading this document needs no login; calling the API does: HTTP Basic with a local \
        user (local mode) or a Bearer token from POST /api/auth/token or your OIDC provider.\
        """);
  }
}
