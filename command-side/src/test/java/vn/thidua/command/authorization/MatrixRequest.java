package vn.thidua.command.authorization;

/** The HTTP request one matrix cell sends. */
record MatrixRequest(String method, String path, String contentType, String body, String ifMatch) {
  MatrixRequest(String method, String path, String contentType, String body) {
    this(method, path, contentType, body, null);
  }

  /** The same request expecting a version the record is not at. */
  MatrixRequest withStaleVersion() {
    return new MatrixRequest(method, path, contentType, body, "\"99\"");
  }

  static MatrixRequest get(String path) {
    return new MatrixRequest("GET", path, null, null);
  }

  static MatrixRequest postJson(String path, String body) {
    return new MatrixRequest("POST", path, "application/json", body);
  }
}
