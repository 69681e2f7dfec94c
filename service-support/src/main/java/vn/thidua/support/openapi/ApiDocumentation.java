package vn.thidua.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's front matter, the same for both services: their title and description, and
 * the two ways to sign in (HTTP Basic with a local user, or a Bearer token from {@code POST
 * /api/auth/token}), so Swagger UI's Authorize button works with either.
 */
public final class ApiDocumentation {
  private ApiDocumentation() {}

  public static OpenAPI describe(String title, String description) {
    return new OpenAPI()
        .info(new Info().title(title).description(description).version("v1"))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
