package vn.thidua.support.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket, so a fuzz try reaches Tomcat's own parsing with exactly the
 * bytes it means to send: control characters in headers, broken request lines, chunked bodies,
 * lengths that lie. Every request closes its connection; a live stream is closed once its head
 * arrived.
 */
public final class RawHttp {
  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** What came back: the status, the content type (lower case, may be empty) and the body. */
  public record Reply(int status, String contentType, String body) {}

  public Reply send(BadRequest request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
      head.append("Host: localhost:").append(port).append("\r\n");
      head.append("Connection: close\r\n");
      request
          .headers()
          .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      byte[] body = request.body();
      if (request.chunked()) {
        head.append("Transfer-Encoding: chunked\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        writeChunked(out, body);
      } else {
        if (body.length > 0 || !request.method().equals("GET")) {
          head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        writeQuietly(out, body);
      }
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /** The server may answer (413) and close before it read the whole body; that is fine. */
  private static void writeQuietly(OutputStream out, byte[] body) {
    try {
      out.write(body);
    } catch (IOException closedEarly) {
      // the answer is still there to read
    }
  }

  private static void writeChunked(OutputStream out, byte[] body) {
    try {
      for (int offset = 0; offset < body.length; offset += 8192) {
        int length = Math.min(8192, body.length - offset);
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, offset, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException closedEarly) {
      // the answer is still there to read
    }
  }

  private static Reply read(InputStream in) throws IOException {
    byte[] all = skipInterimAnswers(readAll(in));
    int endOfHead = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (endOfHead < 0) {
      throw new IOException("no complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(all, 0, endOfHead, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(all, endOfHead + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Reply(
        status,
        headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT),
        new String(body, StandardCharsets.UTF_8));
  }

  /** A 100 Continue comes before the real answer. */
  private static byte[] skipInterimAnswers(byte[] all) {
    byte[] rest = all;
    while (new String(rest, 0, Math.min(rest.length, 12), StandardCharsets.ISO_8859_1)
        .matches("HTTP/1\\.1 1\\d\\d.*")) {
      int endOfHead = indexOf(rest, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      if (endOfHead < 0) {
        break;
      }
      rest = java.util.Arrays.copyOfRange(rest, endOfHead + 4, rest.length);
    }
    return rest;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        bytes.write(buffer, 0, read);
        if (isEventStream(bytes.toByteArray())) {
          break;
        }
      }
    } catch (java.net.SocketException resetAfterAnswer) {
      // Tomcat may reset a connection whose body it did not read; keep what arrived
    }
    return bytes.toByteArray();
  }

  /** A live stream that opened never ends by itself: its head is the whole answer here. */
  private static boolean isEventStream(byte[] received) {
    int endOfHead = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return endOfHead > 0
        && new String(received, 0, endOfHead, StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT)
            .contains("content-type: text/event-stream");
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int position = 0;
    while (position < chunked.length) {
      int endOfSize = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), position);
      if (endOfSize < 0) {
        break;
      }
      String size = new String(chunked, position, endOfSize - position, StandardCharsets.US_ASCII);
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        break;
      }
      body.write(chunked, endOfSize + 2, Math.min(length, chunked.length - endOfSize - 2));
      position = endOfSize + 2 + length + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
