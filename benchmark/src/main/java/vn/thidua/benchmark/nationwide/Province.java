package vn.thidua.benchmark.nationwide;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The 34 provinces and centrally run cities since the 2025 merger, with a rough population in
 * millions: it decides how many regional courts a province gets and how many cases they see.
 */
record Province(String name, boolean city, double populationMillions) {
  static final List<Province> ALL =
      List.of(
          new Province("Hà Nội", true, 8.7),
          new Province("Huế", true, 1.4),
          new Province("Lai Châu", false, 0.5),
          new Province("Điện Biên", false, 0.6),
          new Province("Sơn La", false, 1.3),
          new Province("Lạng Sơn", false, 0.8),
          new Province("Quảng Ninh", false, 1.4),
          new Province("Thanh Hóa", false, 3.8),
          new Province("Nghệ An", false, 3.5),
          new Province("Hà Tĩnh", false, 1.3),
          new Province("Cao Bằng", false, 0.6),
          new Province("Tuyên Quang", false, 1.8),
          new Province("Lào Cai", false, 1.8),
          new Province("Thái Nguyên", false, 1.8),
          new Province("Phú Thọ", false, 4.0),
          new Province("Bắc Ninh", false, 3.6),
          new Province("Hưng Yên", false, 3.6),
          new Province("Hải Phòng", true, 4.7),
          new Province("Ninh Bình", false, 4.4),
          new Province("Quảng Trị", false, 1.9),
          new Province("Đà Nẵng", true, 3.1),
          new Province("Quảng Ngãi", false, 2.2),
          new Province("Gia Lai", false, 3.6),
          new Province("Khánh Hòa", false, 2.2),
          new Province("Lâm Đồng", false, 3.9),
          new Province("Đắk Lắk", false, 3.3),
          new Province("Hồ Chí Minh", true, 14.0),
          new Province("Đồng Nai", false, 4.5),
          new Province("Tây Ninh", false, 3.3),
          new Province("Cần Thơ", true, 4.2),
          new Province("Vĩnh Long", false, 4.3),
          new Province("Đồng Tháp", false, 4.4),
          new Province("Cà Mau", false, 2.6),
          new Province("An Giang", false, 4.9));

  /** The most populous first, so a small run still has the busiest courts. */
  static List<Province> largestFirst(int count) {
    return ALL.stream()
        .sorted(Comparator.comparingDouble(Province::populationMillions).reversed())
        .limit(count)
        .toList();
  }

  String courtName() {
    return city ? "TAND thành phố " + name : "TAND tỉnh " + name;
  }

  /** "Hồ Chí Minh" → "HO-CHI-MINH": unit ids are ASCII. */
  String code() {
    String ascii =
        Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return ascii.toUpperCase(Locale.ROOT).replace(' ', '-');
  }
}
