package vn.thidua.command.caseload.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a raw row into its kind's row record with the same rules as the JSON API: types first
 * (dates ISO {@code yyyy-MM-dd}, enum names, yes/no values), then the record's Bean Validation
 * constraints. The first problem of a row, in column order, is the one reported.
 */
final class RowChecker {
  private static final Set<String> YES = Set.of("true", "1", "yes", "x", "co", "có");
  private static final Set<String> NO = Set.of("false", "0", "no", "khong", "không");

  private final RowKinds kinds;
  private final ObjectMapper rows;
  private final Validator validator;

  RowChecker(RowKinds kinds, ObjectMapper json, Validator validator) {
    this.kinds = kinds;
    this.validator = validator;
    this.rows =
        json.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().addDeserializer(Boolean.class, new YesNo()));
  }

  /** A row that passed every check and is ready to be sent. */
  record CheckedRow(long line, ImportRowKind<Object> kind, Object row, String caseId) {}

  /** Either a checked row or the reason it was refused. */
  record Outcome(CheckedRow checked, RejectedRow rejected) {}

  @SuppressWarnings("unchecked")
  Outcome check(RawRow raw) {
    if (raw.unreadable() != null) {
      return new Outcome(null, raw.unreadable());
    }
    ObjectNode values = raw.values();
    String kindText = text(values, RowKinds.KIND_COLUMN);
    String caseId = text(values, "caseId");
    if (kindText == null) {
      return rejected(raw, null, caseId, RowKinds.KIND_COLUMN, "not-blank", "must not be blank");
    }
    Optional<ImportRowKind<?>> found = kinds.kind(kindText);
    if (found.isEmpty()) {
      return rejected(
          raw,
          kindText,
          caseId,
          RowKinds.KIND_COLUMN,
          "one-of",
          "must be one of: " + kinds.names());
    }
    ImportRowKind<Object> kind = (ImportRowKind<Object>) found.get();
    Object row;
    try {
      row = rows.treeToValue(values, kind.rowType());
    } catch (JsonProcessingException wrongType) {
      return rejectedType(raw, kind.name(), caseId, wrongType);
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(row);
    if (!violations.isEmpty()) {
      List<String> order =
          Arrays.stream(kind.rowType().getRecordComponents()).map(c -> c.getName()).toList();
      ConstraintViolation<Object> first =
          violations.stream()
              .min(
                  Comparator.comparingInt(
                          (ConstraintViolation<Object> v) ->
                              order.indexOf(v.getPropertyPath().toString()))
                      .thenComparing(v -> v.getMessage()))
              .orElseThrow();
      return rejected(
          raw,
          kind.name(),
          caseId,
          first.getPropertyPath().toString(),
          ruleName(first.getConstraintDescriptor().getAnnotation().annotationType()),
          first.getMessage());
    }
    return new Outcome(new CheckedRow(raw.line(), kind, row, kind.caseId(row)), null);
  }

  private static Outcome rejectedType(
      RawRow raw, String kind, String caseId, JsonProcessingException wrongType) {
    String field =
        wrongType instanceof JsonMappingException mapping
            ? mapping.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null)
                .collect(Collectors.joining("."))
            : null;
    if (wrongType instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
      Class<?> target = invalid.getTargetType();
      if (target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return rejected(raw, kind, caseId, field, "one-of", "must be one of: " + allowed);
      }
      if (Temporal.class.isAssignableFrom(target)) {
        return rejected(raw, kind, caseId, field, "iso-date", "must be a date like 2023-09-30");
      }
      if (target == Boolean.class) {
        return rejected(raw, kind, caseId, field, "yes-or-no", "must be true or false");
      }
    }
    return rejected(raw, kind, caseId, field, "type", "has the wrong type or shape");
  }

  private static Outcome rejected(
      RawRow raw, String kind, String caseId, String field, String rule, String message) {
    return new Outcome(null, new RejectedRow(raw.line(), kind, caseId, field, rule, message));
  }

  private static String text(ObjectNode values, String column) {
    var value = values.get(column);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** {@code PositiveOrZero} becomes {@code positive-or-zero}, as in the API's problem answers. */
  private static String ruleName(Class<?> constraint) {
    return constraint
        .getSimpleName()
        .replaceAll("([a-z])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /** Case-management exports write yes/no in many ways: true/false, 1/0, x, có/không. */
  private static final class YesNo extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return parser.getBooleanValue();
      }
      String text = parser.getValueAsString();
      if (text != null) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
          return true;
        }
        if (NO.contains(word)) {
          return false;
        }
      }
      throw InvalidFormatException.from(
          parser, "not a yes/no value", parser.getText(), Boolean.class);
    }
  }
}
