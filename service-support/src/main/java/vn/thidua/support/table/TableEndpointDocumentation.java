package vn.thidua.support.table;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** Documents the common parameters and answers of every {@link TableEndpoint}. */
public class TableEndpointDocumentation implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    TableEndpoint endpoint = handlerMethod.getMethodAnnotation(TableEndpoint.class);
    if (endpoint == null) {
      return operation;
    }
    AnalystTable<?> table = tableOf(handlerMethod.getBeanType(), endpoint.value());
    operation
        .addParametersItem(
            query(
                "page",
                "Page number from 0; a page past the last is refused (400 page-out-of-range).",
                new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO)))
        .addParametersItem(
            query(
                "size",
                "Rows per page, 1 to " + TableRequest.MAX_SIZE + ".",
                new IntegerSchema()
                    ._default(TableRequest.DEFAULT_SIZE)
                    .minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(TableRequest.MAX_SIZE))))
        .addParametersItem(
            query(
                "sort",
                "key,asc or key,desc; repeat for more keys. Sortable: "
                    + String.join(", ", table.sortableKeys()),
                new StringSchema()))
        .addParametersItem(
            query(
                "format",
                "json (a page), csv or xlsx (the whole filtered table as a file); also chosen"
                    + " by Accept.",
                new StringSchema()._enum(List.of("json", "csv", "xlsx"))))
        .addParametersItem(
            query(
                "lang",
                "Header language of csv and xlsx: vi (default) or en; also chosen by"
                    + " Accept-Language.",
                new StringSchema()._enum(List.of("vi", "en"))));
    if (!table.filterableKeys().isEmpty()) {
      String filters =
          "Filters, as query parameters: " + String.join(", ", table.filterableKeys()) + ".";
      operation.setDescription(
          operation.getDescription() == null
              ? filters
              : operation.getDescription() + "\n\n" + filters);
    }
    ApiResponses responses =
        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    ApiResponse ok = responses.get("200") == null ? new ApiResponse() : responses.get("200");
    Content content = ok.getContent() == null ? new Content() : ok.getContent();
    content.addMediaType("text/csv", new MediaType().schema(new StringSchema()));
    content.addMediaType(
        ExportFormat.XLSX.mediaType().toString(),
        new MediaType().schema(new StringSchema().format("binary")));
    responses.addApiResponse(
        "200", ok.description("A page of rows, or the table as a file").content(content));
    operation.setResponses(responses);
    return operation;
  }

  private static AnalystTable<?> tableOf(Class<?> controller, String field) {
    try {
      java.lang.reflect.Field declared = controller.getDeclaredField(field);
      declared.setAccessible(true);
      return (AnalystTable<?>) declared.get(null);
    } catch (ReflectiveOperationException | ClassCastException | NullPointerException e) {
      throw new IllegalStateException(
          controller.getName() + " has no static AnalystTable field named " + field, e);
    }
  }

  private static Parameter query(String name, String description, Schema<?> schema) {
    return new Parameter().in("query").name(name).description(description).schema(schema);
  }
}
