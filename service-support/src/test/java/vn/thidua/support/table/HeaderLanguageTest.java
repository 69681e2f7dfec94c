package vn.thidua.support.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderLanguageTest {

  @Test
  void englishWhenAcceptLanguagePrefersIt() {
    assertThat(TableRequestReader.language(null, "en-GB,vi;q=0.5")).isEqualTo(HeaderLanguage.EN);
  }

  @Test
  void malformedAcceptLanguageFallsBackToVietnamese() {
    for (String malformed : new String[] {"-", "xx-;;q=zz", ",,,", "en;q=2", "vi;q=abc"}) {
      assertThat(TableRequestReader.language(null, malformed))
          .as(malformed)
          .isEqualTo(HeaderLanguage.VI);
    }
  }
}
