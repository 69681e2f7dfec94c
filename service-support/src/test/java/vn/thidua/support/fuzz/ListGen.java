package vn.thidua.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Lists of values of one generator, their size between a minimum and a maximum. */
public final class ListGen<T> implements Gen<List<T>> {
  static final int DEFAULT_MAX_SIZE = 255;

  private final Gen<T> element;
  private final int minSize;
  private final int maxSize;

  ListGen(Gen<T> element, int minSize, int maxSize) {
    this.element = element;
    this.minSize = minSize;
    this.maxSize = maxSize;
  }

  public ListGen<T> ofMinSize(int size) {
    return new ListGen<>(element, size, Math.max(size, maxSize));
  }

  public ListGen<T> ofMaxSize(int size) {
    return new ListGen<>(element, Math.min(minSize, size), size);
  }

  public ListGen<T> ofSize(int size) {
    return new ListGen<>(element, size, size);
  }

  @Override
  public List<T> draw(RandomGenerator random) {
    int size = (int) Edges.between(random, minSize, maxSize);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(element.draw(random));
    }
    return values;
  }
}
