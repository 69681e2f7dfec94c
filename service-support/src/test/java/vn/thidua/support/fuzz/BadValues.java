package vn.thidua.support.fuzz;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Generators of the strings and numbers that break careless input handling. */
public final class BadValues {
  private BadValues() {}

  /** Known troublemakers: traversal, injection, control and bidi characters, odd unicode. */
  public static Gen<String> classics() {
    return Gen.of(
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
  public static Gen<String> anyText(int maxLength) {
    return Gen.oneOf(
        classics(),
        Gen.strings().all().ofMaxLength(maxLength),
        Gen.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20),
        Gen.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(40),
        Gen.strings().alpha().numeric().withChars("-_.").ofMaxLength(maxLength));
  }

  /** Text that does not match the given pattern. */
  public static Gen<String> notMatching(String regex, int maxLength) {
    return Gen.oneOf(
            anyText(maxLength),
            Gen.strings().alpha().numeric().ofMinLength(65).ofMaxLength(300),
            Gen.strings().alpha().ofLength(3).map(prefix -> prefix + "/" + prefix))
        .filter(text -> !text.matches(regex));
  }

  /** Text longer than the limit. */
  public static Gen<String> longerThan(int max) {
    return Gen.oneOf(
        Gen.strings().alpha().ofMinLength(max + 1).ofMaxLength(max + 50),
        Gen.strings().all().ofMinLength(max + 1).ofMaxLength(max + 50),
        Gen.strings().withChars("ạảãấầẩẫậ").ofMinLength(max + 1).ofMaxLength(max + 20));
  }

  /** Strings that are not an ISO date, and not blank (blank may be read as absent). */
  public static Gen<String> notADate() {
    return Gen.oneOf(
            Gen.of(
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
  public static Gen<String> integerLiteralOutside(long min, long max) {
    return Gen.oneOf(
        Gen.longs(Long.MIN_VALUE / 2, min - 1).map(String::valueOf),
        Gen.longs(max + 1, Long.MAX_VALUE / 2).map(String::valueOf),
        Gen.of(
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999",
            "2147483648",
            "-2147483649"));
  }

  /** Names that are not constants of the enum (digits excluded: Jackson reads them as indexes). */
  public static Gen<String> notAConstantOf(Class<?> enumType) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Object constant : enumType.getEnumConstants()) {
      names.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
    }
    return Gen.oneOf(
            anyText(40),
            Gen.of(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name() + "_X"))
        .filter(
            text ->
                !text.isBlank()
                    && !text.chars().allMatch(Character::isDigit)
                    && !names.contains(text.trim().toLowerCase(java.util.Locale.ROOT)));
  }
}
