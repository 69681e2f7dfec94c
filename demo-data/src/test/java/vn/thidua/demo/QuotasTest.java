package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotasTest {

  @Test
  void partsAddUpToTheTotalAndFollowTheWeights() {
    int[] parts = Quotas.split(10, new int[] {1, 1, 1});

    assertThat(parts).containsExactly(4, 3, 3);
  }

  @Test
  void aZeroWeightGetsNothing() {
    assertThat(Quotas.split(7, new int[] {0, 3, 4})).containsExactly(0, 3, 4);
  }

  @Test
  void repeatsEachItemAsOftenAsItsShare() {
    assertThat(Quotas.repeat(List.of("a", "b"), new int[] {2, 1})).containsExactly("a", "a", "b");
  }
}
