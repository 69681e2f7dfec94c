package vn.thidua.support.table;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/** Reads and checks the query parameters and headers of a table request against its columns. */
final class TableRequestReader {
  static final Set<String> RESERVED = Set.of("page", "size", "sort", "format", "lang");

  private TableRequestReader() {}

  static <T> TableRequest read(AnalystTable<T> table, HttpServletRequest request) {
    return new TableRequest(
        page(request.getParameter("page")),
        size(request.getParameter("size")),
        sort(table, request.getParameterValues("sort")),
        filters(table, request),
        format(request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT)),
        language(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  private static int page(String given) {
    int page = integer("page", given, 0);
    if (page < 0) {
      throw InvalidTableRequest.badParameter(
          "page", "page-out-of-range", "the first page is page 0");
    }
    return page;
  }

  private static int size(String given) {
    int size = integer("size", given, TableRequest.DEFAULT_SIZE);
    if (size < 1 || size > TableRequest.MAX_SIZE) {
      throw InvalidTableRequest.badParameter(
          "size", "size-out-of-range", "must be between 1 and " + TableRequest.MAX_SIZE);
    }
    return size;
  }

  private static int integer(String field, String given, int absent) {
    if (!StringUtils.hasText(given)) {
      return absent;
    }
    try {
      return Integer.parseInt(given.trim());
    } catch (NumberFormatException e) {
      throw InvalidTableRequest.badParameter(field, "type", "must be a whole number");
    }
  }

  /** {@code sort=name}, {@code sort=name,desc}; several {@code sort} parameters apply in order. */
  private static List<SortOrder> sort(AnalystTable<?> table, String[] given) {
    List<SortOrder> orders = new ArrayList<>();
    if (given == null) {
      return orders;
    }
    for (String value : given) {
      if (!StringUtils.hasText(value)) {
        continue;
      }
      String[] parts = value.split(",", -1);
      String key = parts[0].trim();
      Column<?> column = table.column(key);
      if (column == null || !column.sortable()) {
        throw InvalidTableRequest.badParameter(
            "sort", "sortable-column", "can sort by: " + String.join(", ", table.sortableKeys()));
      }
      String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
      if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
        throw InvalidTableRequest.badParameter(
            "sort", "sort-direction", "must be like sort=" + key + ",asc or sort=" + key + ",desc");
      }
      orders.add(new SortOrder(key, direction.equals("asc")));
    }
    return orders;
  }

  private static Map<String, String> filters(AnalystTable<?> table, HttpServletRequest request) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String key = parameter.getKey();
      String value = parameter.getValue().length == 0 ? null : parameter.getValue()[0];
      if (RESERVED.contains(key) || !StringUtils.hasText(value)) {
        continue;
      }
      Column<?> column = table.column(key);
      if (column != null && column.filterable()) {
        checkFilterValue(column, value.trim());
        filters.put(key, value.trim());
      } else if (table.sourceFilters().contains(key)) {
        filters.put(key, value.trim());
      } else if (column != null) {
        throw InvalidTableRequest.badParameter(
            key,
            "filterable-column",
            "can filter by: " + String.join(", ", table.filterableKeys()));
      }
    }
    return filters;
  }

  private static void checkFilterValue(Column<?> column, String value) {
    switch (column.type()) {
      case NUMBER -> {
        try {
          new BigDecimal(value);
        } catch (NumberFormatException e) {
          throw InvalidTableRequest.badParameter(column.key(), "number", "must be a number");
        }
      }
      case DATE, DATE_TIME -> {
        try {
          LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          throw InvalidTableRequest.badParameter(
              column.key(), "iso-date", "must be a date like 2023-09-30");
        }
      }
      case TEXT -> {
        if (!column.allowedValues().isEmpty()
            && column.allowedValues().stream().noneMatch(value::equalsIgnoreCase)) {
          throw InvalidTableRequest.badParameter(
              column.key(),
              "one-of",
              "must be one of: " + String.join(", ", column.allowedValues()));
        }
      }
    }
  }

  /** {@code format=} wins; otherwise the first type of Accept, by quality, that can be written. */
  static ExportFormat format(String given, String accept) {
    if (StringUtils.hasText(given)) {
      for (ExportFormat format : ExportFormat.values()) {
        if (format.name().equalsIgnoreCase(given.trim())) {
          return format;
        }
      }
      throw unsupportedFormat(HttpStatus.BAD_REQUEST);
    }
    if (!StringUtils.hasText(accept)) {
      return ExportFormat.JSON;
    }
    List<MediaType> accepted;
    try {
      accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException e) {
      throw unsupportedFormat(HttpStatus.BAD_REQUEST);
    }
    accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : accepted) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (type.includes(MediaType.APPLICATION_JSON)
          || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
        return ExportFormat.JSON;
      }
      if (type.includes(ExportFormat.CSV.mediaType())) {
        return ExportFormat.CSV;
      }
      if (type.includes(ExportFormat.XLSX.mediaType())) {
        return ExportFormat.XLSX;
      }
    }
    throw unsupportedFormat(HttpStatus.NOT_ACCEPTABLE);
  }

  private static InvalidTableRequest unsupportedFormat(HttpStatus status) {
    return new InvalidTableRequest(
        status,
        "format",
        "format-unsupported",
        "can answer as: "
            + java.util.Arrays.stream(ExportFormat.values())
                .map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  /** {@code lang=en|vi} wins; otherwise the first of vi or en in Accept-Language; Vietnamese. */
  static HeaderLanguage language(String given, String acceptLanguage) {
    if (StringUtils.hasText(given)) {
      for (HeaderLanguage language : HeaderLanguage.values()) {
        if (language.name().equalsIgnoreCase(given.trim())) {
          return language;
        }
      }
      throw InvalidTableRequest.badParameter("lang", "one-of", "must be one of: vi, en");
    }
    if (StringUtils.hasText(acceptLanguage)) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String tag = range.getRange().toLowerCase(Locale.ROOT);
          if (tag.startsWith("vi")) {
            return HeaderLanguage.VI;
          }
          if (tag.startsWith("en")) {
            return HeaderLanguage.EN;
          }
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
        // the JDK's parser throws the latter for some malformed headers, e.g. "-"
        return HeaderLanguage.VI;
      }
    }
    return HeaderLanguage.VI;
  }
}
