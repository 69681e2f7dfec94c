package vn.thidua.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenTest {
  private static final Gen<String> TEXT =
      Gen.oneOf(
          Gen.strings().alpha().numeric().ofMaxLength(30),
          Gen.integers(-5, 5).map(String::valueOf),
          Gen.strings().all().ofLength(3).list().ofMinSize(1).ofMaxSize(4).map(String::valueOf));

  @Test
  void theSameSeedDrawsTheSameValues() {
    assertThat(draws(TEXT, 7, 200)).isEqualTo(draws(TEXT, 7, 200));
    assertThat(draws(TEXT, 7, 200)).isNotEqualTo(draws(TEXT, 8, 200));
  }

  @Test
  void numbersStayInTheirRangeAndReachItsEdges() {
    List<Long> longs = draws(Gen.longs(Long.MIN_VALUE / 2, Long.MAX_VALUE), 1, 2_000);
    assertThat(longs).allMatch(value -> value >= Long.MIN_VALUE / 2);
    assertThat(longs).contains(Long.MIN_VALUE / 2, Long.MAX_VALUE, 0L);
    List<BigDecimal> decimals =
        draws(Gen.decimals(new BigDecimal("-1e12"), new BigDecimal("-0.0001"), 4), 2, 2_000);
    assertThat(decimals)
        .allMatch(value -> value.scale() == 4 && value.compareTo(new BigDecimal("-1e12")) >= 0)
        .allMatch(value -> value.compareTo(new BigDecimal("-0.0001")) <= 0)
        .contains(new BigDecimal("-0.0001"));
  }

  @Test
  void stringsAndListsKeepTheirLengthsAndCharacters() {
    List<String> strings =
        draws(Gen.strings().withChars("ab").withCharRange('x', 'z').ofMaxLength(12), 3, 2_000);
    assertThat(strings).allMatch(text -> text.matches("[abxyz]{0,12}")).contains("");
    assertThat(strings).anyMatch(text -> text.length() == 12);
    assertThat(draws(Gen.of(1, 2).list().ofMinSize(2).ofMaxSize(5), 4, 500))
        .allMatch(list -> list.size() >= 2 && list.size() <= 5);
    assertThat(draws(Gen.bytes(1, 200), 5, 500)).allMatch(bytes -> bytes.length >= 1);
  }

  @Test
  void frequencyFollowsTheWeightsAndFilterKeepsWhatItShould() {
    Gen<String> weighted =
        Gen.frequencyOf(Weighted.of(9, Gen.just("a")), Weighted.of(1, Gen.just("b")));
    long bees = draws(weighted, 6, 10_000).stream().filter("b"::equals).count();
    assertThat(bees).isBetween(800L, 1_200L);
    assertThat(draws(Gen.integers(0, 100).filter(n -> n % 2 == 0), 7, 500))
        .allMatch(n -> n % 2 == 0);
    Function<Integer, Gen<Integer>> upTo = max -> Gen.integers(0, max);
    assertThat(draws(Gen.integers(0, 3).flatMap(upTo), 8, 500)).allMatch(n -> n <= 3);
  }

  private static <T> List<T> draws(Gen<T> gen, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, count).mapToObj(i -> gen.draw(random)).toList();
  }
}
