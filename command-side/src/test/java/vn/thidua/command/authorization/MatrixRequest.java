package vn.thidua.command.authorization;

/** The HTTP request one matrix cell sends. */
record MatrixRequest(String method, String path, String contentType, String body) {
  static MatrixRequest get(String path) {
    return new MatrixRequest("GET", path, null, null);
  }

  static MatrixRequest postJson(String path, String body) {
    return new MatrixRequest("POST", path, "application/json", body);
  }
}
