package vn.thidua.command.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.Gen;

/**
 * The shape of one command's JSON body, read from its request record and the Bean Validation
 * annotations on it: a plausible body, every change that must make it invalid (breaking: a required
 * field missing, a string past its size or pattern, a number out of range, a bad date or enum name,
 * the wrong JSON type) and changes that may leave it valid (decorating: unknown fields, odd but
 * allowed text). A broken body gets at least one breaking change, so a request that the API accepts
 * is a finding, not noise.
 */
final class RequestShape {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One change to a body, by JSON pointer, with what it does. */
  record Mutation(String what, Consumer<ObjectNode> apply) {}

  private final ObjectNode plausible = NODES.objectNode();
  private final List<Gen<Mutation>> breaking = new ArrayList<>();
  private final List<Gen<Mutation>> decorating = new ArrayList<>();
  private final List<String> unbounded = new ArrayList<>();
  private int identifiers;

  RequestShape(Class<?> requestRecord) {
    describeRecord(requestRecord, "", plausible);
    decorating.add(
        Gen.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(12)
            .flatMap(
                name ->
                    BadValues.anyText(30)
                        .map(
                            value ->
                                new Mutation(
                                    "unknown field " + name,
                                    body -> body.put("zz" + name, value)))));
  }

  static RequestShape of(String requestRecordClassName) {
    try {
      return new RequestShape(Class.forName(requestRecordClassName));
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(requestRecordClassName, e);
    }
  }

  /** Strings, lists and maps that accept any length (no size, no bounded pattern). */
  List<String> unbounded() {
    return unbounded;
  }

  String plausibleJson() {
    return plausible.toString();
  }

  /** A generated body and the changes made to it. */
  record Body(String json, String what) {}

  /** A body with one to three breaking changes and up to two decorating ones. */
  Gen<Body> brokenBodies() {
    Gen<List<Mutation>> breaks = Gen.oneOf(breaking).list().ofMinSize(1).ofMaxSize(3);
    Gen<List<Mutation>> decorations = Gen.oneOf(decorating).list().ofMinSize(0).ofMaxSize(2);
    return breaks.flatMap(
        broken ->
            decorations.map(
                decorated -> {
                  ObjectNode body = plausible.deepCopy();
                  List<String> what = new ArrayList<>();
                  for (Mutation mutation : decorated) {
                    mutation.apply().accept(body);
                    what.add(mutation.what());
                  }
                  for (Mutation mutation : broken) {
                    mutation.apply().accept(body);
                    what.add(mutation.what());
                  }
                  return new Body(body.toString(), String.join(", ", what));
                }));
  }

  private void describeRecord(Class<?> type, String pointer, ObjectNode target) {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      Slot slot = new Slot(pointer, name, -1);
      AnnotatedType annotated = component.getAnnotatedType();
      Annotation[] annotations = merge(component.getAnnotations(), annotated.getAnnotations());
      target.set(name, describe(slot, annotated, annotations));
    }
  }

  /** Returns the plausible value at the slot and records the changes that break it. */
  private JsonNode describe(Slot slot, AnnotatedType annotated, Annotation[] annotations) {
    Class<?> raw = rawType(annotated);
    boolean required =
        has(annotations, NotNull.class)
            || has(annotations, NotBlank.class)
            || has(annotations, NotEmpty.class);
    if (required) {
      breakWith(slot, "missing", Gen.just(MISSING));
      breakWith(slot, "null", Gen.just(NODES.nullNode()));
    }
    if (raw == String.class) {
      return describeString(slot, annotations);
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return describeInteger(slot, annotations, raw);
    }
    if (raw == BigDecimal.class) {
      return describeDecimal(slot, annotations);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      breakWith(
          slot,
          "not a boolean",
          Gen.of(text("maybe"), text("ja"), NODES.objectNode(), NODES.arrayNode()));
      return NODES.booleanNode(false);
    }
    if (raw == LocalDate.class) {
      breakWith(
          slot,
          "not a date",
          Gen.oneOf(
              BadValues.notADate().map(RequestShape::text),
              Gen.of(NODES.objectNode(), NODES.arrayNode())));
      return text("2023-01-05");
    }
    if (raw.isEnum()) {
      breakWith(
          slot,
          "not a constant",
          Gen.oneOf(
              BadValues.notAConstantOf(raw).map(RequestShape::text),
              Gen.of(NODES.objectNode(), NODES.arrayNode())));
      return text(((Enum<?>) raw.getEnumConstants()[0]).name());
    }
    if (List.class.isAssignableFrom(raw)) {
      return describeList(slot, annotated, annotations);
    }
    if (Map.class.isAssignableFrom(raw)) {
      return describeMap(slot, annotated, annotations);
    }
    if (raw.isRecord()) {
      breakWith(slot, "not an object", Gen.of(text("x"), NODES.numberNode(42), NODES.arrayNode()));
      ObjectNode nested = NODES.objectNode();
      describeRecord(raw, slot.pointer(), nested);
      return nested;
    }
    throw new IllegalArgumentException("no shape for " + annotated + " at " + slot.pointer());
  }

  private JsonNode describeString(Slot slot, Annotation[] annotations) {
    breakWith(slot, "not a string", Gen.of(NODES.objectNode(), NODES.arrayNode().add("a")));
    if (has(annotations, NotBlank.class)) {
      breakWith(slot, "blank", Gen.of(text(""), text("   "), text("\t\n")));
    }
    Size size = find(annotations, Size.class);
    Pattern pattern = find(annotations, Pattern.class);
    boolean boundedPattern =
        pattern != null && !pattern.regexp().contains("+") && !pattern.regexp().contains("*");
    if (size == null && !boundedPattern) {
      unbounded.add(slot.pointer());
    }
    if (size != null) {
      breakWith(slot, "too long", BadValues.longerThan(size.max()).map(RequestShape::text));
    }
    if (pattern != null) {
      breakWith(
          slot,
          "against the pattern",
          BadValues.notMatching(pattern.regexp(), 80).map(RequestShape::text));
      return text(plausibleFor(pattern.regexp()));
    }
    int max = size == null ? 40 : Math.min(size.max(), 40);
    decorating.add(
        BadValues.anyText(max)
            .filter(value -> value.length() <= max && !value.isBlank())
            .map(
                value ->
                    new Mutation(
                        "odd text in " + slot.pointer(), body -> slot.set(body, text(value)))));
    return text("Tòa án");
  }

  private JsonNode describeInteger(Slot slot, Annotation[] annotations, Class<?> raw) {
    breakWith(
        slot,
        "not a number",
        Gen.of(text("abc"), text("1,5"), NODES.objectNode(), NODES.arrayNode()));
    long min = raw == Integer.class || raw == int.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max = raw == Integer.class || raw == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
    Min lower = find(annotations, Min.class);
    Max upper = find(annotations, Max.class);
    if (lower != null) {
      min = lower.value();
    }
    if (has(annotations, PositiveOrZero.class)) {
      min = Math.max(min, 0);
    }
    if (has(annotations, Positive.class)) {
      min = Math.max(min, 1);
    }
    if (upper != null) {
      max = upper.value();
    }
    breakWith(
        slot,
        "out of range",
        BadValues.integerLiteralOutside(min, max)
            .map(literal -> NODES.numberNode(new BigInteger(literal))));
    return NODES.numberNode(Math.max(min, Math.min(max, lower == null ? 1 : min)));
  }

  private JsonNode describeDecimal(Slot slot, Annotation[] annotations) {
    breakWith(
        slot,
        "not a number",
        Gen.of(text("abc"), text("1,5"), NODES.objectNode(), NODES.arrayNode()));
    if (has(annotations, PositiveOrZero.class)) {
      breakWith(
          slot,
          "negative",
          Gen.decimals(new BigDecimal("-1e12"), new BigDecimal("-0.0001"), 4)
              .map(NODES::numberNode));
    }
    if (has(annotations, Positive.class)) {
      breakWith(
          slot,
          "not positive",
          Gen.decimals(new BigDecimal("-1e12"), BigDecimal.ZERO, 4).map(NODES::numberNode));
    }
    Digits digits = find(annotations, Digits.class);
    if (digits != null) {
      breakWith(
          slot,
          "too many digits",
          Gen.of(
                  "1e" + (digits.integer() + 1),
                  "1e400",
                  "123456789012345678901234567890",
                  "0." + "1".repeat(digits.fraction() + 1),
                  "-9e999999")
              .map(literal -> NODES.numberNode(new BigDecimal(literal))));
    }
    DecimalMax decimalMax = find(annotations, DecimalMax.class);
    if (decimalMax != null) {
      breakWith(
          slot,
          "too large",
          Gen.just(NODES.numberNode(new BigDecimal(decimalMax.value()).add(BigDecimal.ONE))));
    }
    return NODES.numberNode(BigDecimal.ONE);
  }

  private JsonNode describeList(Slot slot, AnnotatedType annotated, Annotation[] annotations) {
    breakWith(slot, "not a list", Gen.of(text("x"), NODES.objectNode(), NODES.numberNode(7)));
    AnnotatedType element =
        ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
    JsonNode one = describe(new Slot(slot.pointer(), null, 0), element, element.getAnnotations());
    if (has(annotations, NotEmpty.class)) {
      breakWith(slot, "empty list", Gen.just(NODES.arrayNode()));
    }
    Size size = find(annotations, Size.class);
    if (size == null) {
      unbounded.add(slot.pointer());
    }
    if (size != null) {
      breakWith(
          slot,
          "too many elements",
          Gen.just(0)
              .map(
                  ignored -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= size.max(); i++) {
                      many.add(distinct(one, i));
                    }
                    return many;
                  }));
    }
    return NODES.arrayNode().add(one);
  }

  private JsonNode describeMap(Slot slot, AnnotatedType annotated, Annotation[] annotations) {
    breakWith(slot, "not a map", Gen.of(text("x"), NODES.arrayNode(), NODES.numberNode(7)));
    AnnotatedType[] types =
        ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments();
    Pattern keyPattern = find(types[0].getAnnotations(), Pattern.class);
    JsonNode value =
        describe(new Slot(slot.pointer(), "FZ-KEY", -1), types[1], types[1].getAnnotations());
    if (keyPattern != null) {
      breakWith(
          slot,
          "key against the pattern",
          BadValues.notMatching(keyPattern.regexp(), 80)
              .map(
                  key -> {
                    ObjectNode map = NODES.objectNode();
                    map.set(key, value);
                    return map;
                  }));
    }
    if (has(annotations, NotEmpty.class)) {
      breakWith(slot, "empty map", Gen.just(NODES.objectNode()));
    }
    Size size = find(annotations, Size.class);
    if (size == null) {
      unbounded.add(slot.pointer());
    }
    if (size != null) {
      breakWith(
          slot,
          "too many entries",
          Gen.just(0)
              .map(
                  ignored -> {
                    ObjectNode many = NODES.objectNode();
                    for (int i = 0; i <= size.max(); i++) {
                      many.set("FZ-" + i, value);
                    }
                    return many;
                  }));
    }
    ObjectNode map = NODES.objectNode();
    map.set("FZ-KEY", value);
    return map;
  }

  private static JsonNode distinct(JsonNode element, int index) {
    return element.isTextual() ? text(element.asText() + "-" + index) : element.deepCopy();
  }

  private String plausibleFor(String regex) {
    String identifier = "FZ-" + (++identifiers);
    if (identifier.matches(regex)) {
      return identifier;
    }
    for (String candidate : List.of("2023-05", "https://congbobanan.toaan.gov.vn/2023/1")) {
      if (candidate.matches(regex)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no plausible value for " + regex);
  }

  private void breakWith(Slot slot, String what, Gen<JsonNode> values) {
    breaking.add(
        values.map(
            value -> new Mutation(what + " " + slot.pointer(), body -> slot.set(body, value))));
  }

  /** Marks a value to remove rather than set. */
  private static final JsonNode MISSING = NODES.missingNode();

  /** Where a value sits: a field of the object at {@code parent}, or an element of its array. */
  private record Slot(String parent, String field, int index) {
    String pointer() {
      return parent + "/" + (field != null ? field : index);
    }

    void set(ObjectNode body, JsonNode value) {
      JsonNode container = parent.isEmpty() ? body : body.at(parent);
      if (container instanceof ObjectNode object && field != null) {
        if (value.isMissingNode()) {
          object.remove(field);
        } else {
          object.set(field, value);
        }
      } else if (container instanceof ArrayNode array && index >= 0 && index < array.size()) {
        array.set(index, value.isMissingNode() ? NODES.nullNode() : value);
      }
    }
  }

  private static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  private static Class<?> rawType(AnnotatedType annotated) {
    if (annotated.getType() instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return (Class<?>) annotated.getType();
  }

  private static Annotation[] merge(Annotation[] first, Annotation[] second) {
    List<Annotation> all = new ArrayList<>(List.of(first));
    for (Annotation annotation : second) {
      if (!all.contains(annotation)) {
        all.add(annotation);
      }
    }
    return all.toArray(Annotation[]::new);
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
    return find(annotations, type) != null;
  }

  private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
    for (Annotation annotation : annotations) {
      if (type.isInstance(annotation)) {
        return type.cast(annotation);
      }
    }
    return null;
  }
}
