package vn.thidua.support.fuzz;

import java.util.random.RandomGenerator;

/**
 * Whole numbers in a range that land on an edge (the bounds, next to them, zero) about one draw in
 * {@value #ONE_IN}: off-by-one and overflow bugs live there, and uniform draws over a wide range
 * would almost never reach them. Lengths and sizes are drawn here too, so empty and maximal strings
 * and lists come up as well.
 */
final class Edges {
  static final int ONE_IN = 16;

  private Edges() {}

  static long between(RandomGenerator random, long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    if (random.nextInt(ONE_IN) == 0) {
      return edge(random, min, max);
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    return min > Long.MIN_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong();
  }

  private static long edge(RandomGenerator random, long min, long max) {
    long[] edges = {
      min, max, min < max ? min + 1 : min, min < max ? max - 1 : max, min <= 0 && 0 <= max ? 0 : min
    };
    return edges[random.nextInt(edges.length)];
  }
}
