package vn.thidua.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Strings of characters from the chosen ranges (all of UTF-16 if none was chosen, lone surrogates
 * included), their length between a minimum and a maximum. One character in {@value Edges#ONE_IN}
 * is the first or last of its range.
 */
public final class StringGen implements Gen<String> {
  static final StringGen NONE = new StringGen(List.of(), 0, 255);

  /** An inclusive range of characters. */
  private record Range(char first, char last) {
    int size() {
      return last - first + 1;
    }
  }

  private final List<Range> ranges;
  private final int minLength;
  private final int maxLength;

  private StringGen(List<Range> ranges, int minLength, int maxLength) {
    this.ranges = List.copyOf(ranges);
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  public StringGen alpha() {
    return withCharRange('a', 'z').withCharRange('A', 'Z');
  }

  public StringGen numeric() {
    return withCharRange('0', '9');
  }

  public StringGen all() {
    return withCharRange(Character.MIN_VALUE, Character.MAX_VALUE);
  }

  public StringGen withChars(String chars) {
    StringGen more = this;
    for (char c : chars.toCharArray()) {
      more = more.withCharRange(c, c);
    }
    return more;
  }

  public StringGen withCharRange(char first, char last) {
    List<Range> more = new ArrayList<>(ranges);
    more.add(new Range(first, last));
    return new StringGen(more, minLength, maxLength);
  }

  public StringGen ofMinLength(int length) {
    return new StringGen(ranges, length, Math.max(length, maxLength));
  }

  public StringGen ofMaxLength(int length) {
    return new StringGen(ranges, Math.min(minLength, length), length);
  }

  public StringGen ofLength(int length) {
    return new StringGen(ranges, length, length);
  }

  @Override
  public String draw(RandomGenerator random) {
    List<Range> chosen = ranges.isEmpty() ? all().ranges : ranges;
    int length = (int) Edges.between(random, minLength, maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(character(random, chosen));
    }
    return text.toString();
  }

  private static char character(RandomGenerator random, List<Range> chosen) {
    if (random.nextInt(Edges.ONE_IN) == 0) {
      Range range = chosen.get(random.nextInt(chosen.size()));
      return random.nextBoolean() ? range.first() : range.last();
    }
    int ticket = random.nextInt(chosen.stream().mapToInt(Range::size).sum());
    for (Range range : chosen) {
      if (ticket < range.size()) {
        return (char) (range.first() + ticket);
      }
      ticket -= range.size();
    }
    throw new IllegalStateException("ticket past the ranges");
  }
}
