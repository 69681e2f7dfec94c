package vn.thidua.support.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of fuzz inputs: draws one value from the random source it is given, so a fixed seed
 * draws the same values again. Numbers, lengths and sizes favour their bounds now and then ({@link
 * Edges}), where careless input handling tends to break.
 */
@FunctionalInterface
public interface Gen<T> {
  /** How often a filter may reject before the generator is deemed to produce nothing useful. */
  int FILTER_TRIES = 10_000;

  T draw(RandomGenerator random);

  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(draw(random));
  }

  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    return random -> mapper.apply(draw(random)).draw(random);
  }

  default Gen<T> filter(Predicate<? super T> keep) {
    return random -> {
      for (int i = 0; i < FILTER_TRIES; i++) {
        T value = draw(random);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("the filter rejected " + FILTER_TRIES + " draws in a row");
    };
  }

  /** Lists of 0 to {@value ListGen#DEFAULT_MAX_SIZE} values of this generator. */
  default ListGen<T> list() {
    return new ListGen<>(this, 0, ListGen.DEFAULT_MAX_SIZE);
  }

  static <T> Gen<T> just(T value) {
    return random -> value;
  }

  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return of(List.of(values));
  }

  static <T> Gen<T> of(Collection<? extends T> values) {
    List<T> choices = List.copyOf(values);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from");
    }
    return random -> choices.get(random.nextInt(choices.size()));
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
    return oneOf(List.of(generators));
  }

  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
    List<Gen<? extends T>> choices = new ArrayList<>(generators);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("no generator to choose from");
    }
    return random -> choices.get(random.nextInt(choices.size())).draw(random);
  }

  /** Chooses a generator with a probability proportional to its weight. */
  @SafeVarargs
  static <T> Gen<T> frequencyOf(Weighted<? extends T>... choices) {
    return frequencyOf(List.of(choices));
  }

  static <T> Gen<T> frequencyOf(List<? extends Weighted<? extends T>> choices) {
    List<Weighted<? extends T>> all = List.copyOf(choices);
    int total = all.stream().mapToInt(Weighted::weight).sum();
    return random -> {
      int ticket = random.nextInt(total);
      for (Weighted<? extends T> choice : all) {
        ticket -= choice.weight();
        if (ticket < 0) {
          return choice.generator().draw(random);
        }
      }
      throw new IllegalStateException("weights changed while drawing");
    };
  }

  static Gen<Integer> integers(int min, int max) {
    return random -> (int) Edges.between(random, min, max);
  }

  static Gen<Long> longs(long min, long max) {
    return random -> Edges.between(random, min, max);
  }

  /** Random bytes, between {@code minLength} and {@code maxLength} of them. */
  static Gen<byte[]> bytes(int minLength, int maxLength) {
    return random -> {
      byte[] bytes = new byte[(int) Edges.between(random, minLength, maxLength)];
      random.nextBytes(bytes);
      return bytes;
    };
  }

  /** Decimals with exactly {@code scale} fraction digits between the bounds. */
  static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int scale) {
    long lowest = min.setScale(scale).unscaledValue().longValueExact();
    long highest = max.setScale(scale).unscaledValue().longValueExact();
    return random -> BigDecimal.valueOf(Edges.between(random, lowest, highest), scale);
  }

  /** Strings of 0 to 255 characters; choose the characters with the returned generator. */
  static StringGen strings() {
    return StringGen.NONE;
  }
}
