package vn.thidua.command.caseload.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.RequestSizeLimitFilter;

/**
 * {@code POST /api/imports/caseload}: a court's case-management export, as CSV or NDJSON, one fact
 * per row. The body is read as a stream while the rows are being recorded; the answer is a report,
 * also when some (or all) rows were rejected.
 */
@RestController
@EnableConfigurationProperties(ImportProperties.class)
@PreAuthorize("hasAnyRole('ADMIN', 'CLERK')")
public class CaseloadImportController {
  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";

  private final CaseloadImporter importer;
  private final RowKinds kinds;
  private final RowChecker checker;
  private final ObjectMapper json;

  CaseloadImportController(
      CaseloadImporter importer, RowKinds kinds, ObjectMapper json, Validator validator) {
    this.importer = importer;
    this.kinds = kinds;
    this.json = json;
    this.checker = new RowChecker(kinds, json, validator);
  }

  @PostMapping(
      path = "/api/imports/caseload",
      consumes = {CSV, NDJSON},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ImportReport importCaseload(HttpServletRequest http, Authentication user) throws IOException {
    MediaType type = MediaType.parseMediaType(http.getContentType());
    Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    try (Reader body = new InputStreamReader(http.getInputStream(), charset)) {
      RowSource rows =
          type.isCompatibleWith(MediaType.parseMediaType(NDJSON))
              ? new NdjsonRowSource(body, json, kinds)
              : new CsvRowSource(body, kinds);
      return importer.run(rows, checker, user, http);
    }
  }

  /** A body sent without a length is counted as it streams in and cut off at the import limit. */
  @ExceptionHandler(RequestSizeLimitFilter.BodyTooLarge.class)
  ResponseEntity<ProblemDetail> bodyTooLarge(RequestSizeLimitFilter.BodyTooLarge tooLarge) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
    problem.setProperty(
        "errors", List.of(new FieldProblem(null, "max-body-size", tooLarge.getMessage())));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
