package vn.thidua.support.fuzz;

/** A generator and how often {@link Gen#frequencyOf} chooses it relative to the others. */
public record Weighted<T>(int weight, Gen<? extends T> generator) {
  public Weighted {
    if (weight <= 0) {
      throw new IllegalArgumentException("a weight must be positive: " + weight);
    }
  }

  public static <T> Weighted<T> of(int weight, Gen<? extends T> generator) {
    return new Weighted<>(weight, generator);
  }
}
