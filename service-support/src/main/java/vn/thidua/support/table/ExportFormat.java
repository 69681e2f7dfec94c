package vn.thidua.support.table;

import org.springframework.http.MediaType;

/** What a table request is answered with. */
public enum ExportFormat {
  JSON(MediaType.APPLICATION_JSON, null),
  CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
  XLSX(
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "xlsx");

  private final MediaType mediaType;
  private final String extension;

  ExportFormat(MediaType mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public MediaType mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }
}
