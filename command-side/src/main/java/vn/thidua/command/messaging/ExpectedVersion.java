package vn.thidua.command.messaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.support.web.IfMatchRejected;

/**
 * Reads the version an edit expects from its If-Match header. One ETag only, as this API sends them
 * ({@code "7"}); a weak {@code W/"7"} counts the same, because a proxy that compresses the answer
 * may weaken the ETag on its way to the client. {@code *} asks for no particular version.
 */
final class ExpectedVersion {
  private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private ExpectedVersion() {}

  static Optional<Long> fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.strip().equals("*")) {
      return Optional.empty();
    }
    Matcher tag = VERSION_TAG.matcher(ifMatch.strip());
    if (!tag.matches()) {
      throw IfMatchRejected.malformed();
    }
    return Optional.of(Long.parseLong(tag.group(1)));
  }

  static String asETag(long version) {
    return "\"" + version + "\"";
  }
}
