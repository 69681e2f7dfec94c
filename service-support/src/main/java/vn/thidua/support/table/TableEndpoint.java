package vn.thidua.support.table;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that answers with an {@link AnalystTable}, so the OpenAPI document
 * lists its paging, sort, filter, format and language parameters and its CSV and XLSX answers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TableEndpoint {
  /** The name of the controller's static {@link AnalystTable} field that answers the method. */
  String value();
}
