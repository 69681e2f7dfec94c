package vn.thidua.query;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.support.openapi.ApiDocumentation;

/** The title and description of the query API at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

  @Bean
  OpenAPI queryApi() {
    return ApiDocumentation.describe(
        "Thi Đua — query API",
        """
        What the emulation campaigns of Vietnam's People's Courts look like now, read from \
        projections of the event store: units, campaigns, leaderboards and the audit trail, \
        and how far each projection is behind the store (/api/processors).

        Tables (lists) are analyst tables: page (from 0) and size (1-500, default 50), \
        sort=key,asc|desc, filters named after columns, and format=csv or format=xlsx (or \
        Accept: text/csv or the XLSX type) for the whole filtered table as a file with \
        Vietnamese headers (lang=en or Accept-Language: en for English). A JSON page is \
        {items, page, size, totalItems, totalPages}.

        Reading this document needs no login; calling the API does: HTTP Basic with a local \
        user (local mode) or a Bearer token from POST /api/auth/token or your OIDC provider.\
        """);
  }
}
