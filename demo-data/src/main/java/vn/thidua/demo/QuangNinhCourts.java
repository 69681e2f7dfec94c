package vn.thidua.demo;

import java.util.List;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.RegisterUnit;

/**
 * TAND tỉnh Quảng Ninh and its thirteen lower courts as they stood in 2022/23, still at district
 * level (the regional courts came in 2025), under the Supreme People's Court. The 101 judges are
 * the article's; how they and the caseload spread over the units is our estimate, Hạ Long largest.
 */
final class QuangNinhCourts {
  static final String SUPREME_COURT = "TANDTC";
  static final String PROVINCIAL_COURT = "TAND-QN";

  private QuangNinhCourts() {}

  /** Parents before children, so they can be registered in this order. */
  static List<DemoUnit> all() {
    return List.of(
        unit(SUPREME_COURT, "Tòa án nhân dân tối cao", CourtLevel.SUPREME, null, 0, 0),
        unit(
            PROVINCIAL_COURT,
            "TAND tỉnh Quảng Ninh",
            CourtLevel.PROVINCIAL,
            SUPREME_COURT,
            28,
            110),
        lowerCourt("TAND-QN-HALONG", "TAND thành phố Hạ Long", 15, 180),
        lowerCourt("TAND-QN-CAMPHA", "TAND thành phố Cẩm Phả", 9, 110),
        lowerCourt("TAND-QN-UONGBI", "TAND thành phố Uông Bí", 7, 80),
        lowerCourt("TAND-QN-MONGCAI", "TAND thành phố Móng Cái", 7, 80),
        lowerCourt("TAND-QN-DONGTRIEU", "TAND thị xã Đông Triều", 6, 70),
        lowerCourt("TAND-QN-QUANGYEN", "TAND thị xã Quảng Yên", 6, 70),
        lowerCourt("TAND-QN-VANDON", "TAND huyện Vân Đồn", 4, 45),
        lowerCourt("TAND-QN-TIENYEN", "TAND huyện Tiên Yên", 4, 35),
        lowerCourt("TAND-QN-HAIHA", "TAND huyện Hải Hà", 4, 35),
        lowerCourt("TAND-QN-DAMHA", "TAND huyện Đầm Hà", 3, 30),
        lowerCourt("TAND-QN-BINHLIEU", "TAND huyện Bình Liêu", 3, 20),
        lowerCourt("TAND-QN-BACHE", "TAND huyện Ba Chẽ", 3, 20),
        lowerCourt("TAND-QN-COTO", "TAND huyện Cô Tô", 2, 10));
  }

  /** The provincial court and its lower courts: the "TAND 2 cấp" that compete. */
  static List<DemoUnit> twoLevels() {
    return all().stream().filter(unit -> unit.caseloadWeight() > 0).toList();
  }

  private static DemoUnit lowerCourt(String unitId, String name, int judges, int caseloadWeight) {
    return unit(unitId, name, CourtLevel.DISTRICT, PROVINCIAL_COURT, judges, caseloadWeight);
  }

  private static DemoUnit unit(
      String unitId,
      String name,
      CourtLevel level,
      String parentUnitId,
      int judges,
      int caseloadWeight) {
    return new DemoUnit(
        new RegisterUnit(unitId, name, level, parentUnitId, judges), caseloadWeight);
  }
}
