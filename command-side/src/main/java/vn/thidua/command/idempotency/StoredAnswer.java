package vn.thidua.command.idempotency;

/** What the first request with a key answered; {@code status == null} while it still runs. */
record StoredAnswer(
    String method,
    String path,
    String bodySha256,
    Integer status,
    String contentType,
    byte[] body) {

  boolean pending() {
    return status == null;
  }

  boolean sameRequest(String otherMethod, String otherPath, String otherBodySha256) {
    return method.equals(otherMethod)
        && path.equals(otherPath)
        && bodySha256.equals(otherBodySha256);
  }
}
