package vn.thidua.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Exact integer shares, so the demo totals match the article to the case. */
final class Quotas {
  private Quotas() {}

  /** Splits {@code total} in proportion to {@code weights}; the parts add up to {@code total}. */
  static int[] split(int total, int[] weights) {
    long weightSum = Arrays.stream(weights).asLongStream().sum();
    int[] parts = new int[weights.length];
    long[] remainders = new long[weights.length];
    int handedOut = 0;
    for (int i = 0; i < weights.length; i++) {
      long scaled = (long) total * weights[i];
      parts[i] = (int) (scaled / weightSum);
      remainders[i] = scaled % weightSum;
      handedOut += parts[i];
    }
    // largest remainder first; the index breaks ties so the split never varies
    List<Integer> byRemainder =
        IntStream.range(0, weights.length)
            .boxed()
            .sorted(
                Comparator.<Integer>comparingLong(i -> remainders[i])
                    .reversed()
                    .thenComparing(i -> i))
            .toList();
    for (int i = 0; i < total - handedOut; i++) {
      parts[byRemainder.get(i)]++;
    }
    return parts;
  }

  /** Each item repeated as often as its share says, in order. */
  static <T> List<T> repeat(List<T> items, int[] counts) {
    List<T> repeated = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (int n = 0; n < counts[i]; n++) {
        repeated.add(items.get(i));
      }
    }
    return repeated;
  }
}
