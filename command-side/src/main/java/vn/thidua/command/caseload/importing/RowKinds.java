package vn.thidua.command.caseload.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The registered row kinds and the column names (with their Vietnamese aliases) they read. */
@Component
class RowKinds {
  static final String KIND_COLUMN = "kind";

  private final Map<String, ImportRowKind<?>> kindsByName = new HashMap<>();
  private final Map<String, String> columnsByNormalisedHeader = new HashMap<>();

  RowKinds(List<ImportRowKind<?>> kinds) {
    columnsByNormalisedHeader.put(normalise(KIND_COLUMN), KIND_COLUMN);
    columnsByNormalisedHeader.put(normalise("loại"), KIND_COLUMN);
    for (ImportRowKind<?> kind : kinds) {
      register(kindsByName, normalise(kind.name()), kind);
      kind.aliases().forEach(alias -> register(kindsByName, normalise(alias), kind));
      for (var component : kind.rowType().getRecordComponents()) {
        columnsByNormalisedHeader.put(normalise(component.getName()), component.getName());
      }
      kind.columnAliases()
          .forEach((alias, column) -> columnsByNormalisedHeader.put(normalise(alias), column));
    }
  }

  private static void register(
      Map<String, ImportRowKind<?>> kinds, String name, ImportRowKind<?> kind) {
    ImportRowKind<?> earlier = kinds.putIfAbsent(name, kind);
    if (earlier != null && earlier != kind) {
      throw new IllegalStateException("Two import row kinds answer to '" + name + "'");
    }
  }

  Optional<ImportRowKind<?>> kind(String value) {
    return value == null
        ? Optional.empty()
        : Optional.ofNullable(kindsByName.get(normalise(value)));
  }

  /** The kinds' names, for the message when a row names none of them. */
  String names() {
    return kindsByName.values().stream()
        .map(ImportRowKind::name)
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /** The column a header stands for, or null for a column the import does not read. */
  String column(String header) {
    return columnsByNormalisedHeader.get(normalise(header));
  }

  /**
   * {@code "Ngày thụ lý"}, {@code "ngay_thu_ly"} and {@code "NgayThuLy"} are the same column: lower
   * case, without diacritics, spaces or punctuation (and without a byte order mark).
   */
  static String normalise(String header) {
    String decomposed =
        Normalizer.normalize(header.replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
