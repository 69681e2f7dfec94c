package vn.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.DraftCovenant;
import vn.thidua.events.covenant.SignPledge;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.FormCluster;
import vn.thidua.events.organisation.RegisterUnit;
import vn.thidua.events.recognition.Title;

/**
 * Cluster IV (Cụm thi đua số IV) of the emulation year 2024 and its covenant, which the article
 * says its units signed. The article names only TAND tỉnh Quảng Ninh: the four other provincial
 * courts, their judge counts and the signers are illustrative.
 */
record ClusterIv(
    List<DemoUnit> otherCourts,
    FormCluster formation,
    DraftCovenant covenant,
    List<SignPledge> pledges) {
  static final String CLUSTER_ID = "CUM-IV-2024";
  static final String COVENANT_ID = "GU-IV-2024";
  static final int EMULATION_YEAR = 2024;

  static ClusterIv of2024() {
    List<DemoUnit> others =
        List.of(
            province("TAND-HD", "TAND tỉnh Hải Dương", 62),
            province("TAND-HY", "TAND tỉnh Hưng Yên", 48),
            province("TAND-TB", "TAND tỉnh Thái Bình", 66),
            province("TAND-BN", "TAND tỉnh Bắc Ninh", 58));
    List<String> members =
        List.of(QuangNinhCourts.PROVINCIAL_COURT, "TAND-HD", "TAND-HY", "TAND-TB", "TAND-BN");
    FormCluster formation =
        new FormCluster(
            CLUSTER_ID,
            EMULATION_YEAR,
            "Cụm thi đua số IV",
            members,
            QuangNinhCourts.PROVINCIAL_COURT,
            "TAND-HD");
    DraftCovenant covenant =
        new DraftCovenant(
            COVENANT_ID,
            CLUSTER_ID,
            EMULATION_YEAR,
            List.of(
                commitment(
                    Metric.RESOLUTION_RATE, "90", "Tỷ lệ giải quyết các loại án từ 90 % trở lên"),
                commitment(
                    Metric.ANNULLED_AMENDED_RATE,
                    "1.5",
                    "Tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan không quá 1,5 %"),
                commitment(
                    Metric.JUDGMENT_PUBLICATION_RATE, "100", "Công bố 100 % bản án đủ điều kiện"),
                commitment(
                    Metric.MEDIATION_SUCCESS_RATE, "65", "Hòa giải, đối thoại thành từ 65 %"),
                commitment(
                    Metric.VIRTUAL_ASSISTANT_USE_RATE, "100", "Mọi thẩm phán dùng Trợ lý ảo")));
    List<Title> titles = List.of(Title.EXCELLENT_COLLECTIVE, Title.COURT_EMULATION_FLAG);
    List<SignPledge> pledges =
        List.of(
            pledge(QuangNinhCourts.PROVINCIAL_COURT, "Trần Văn Cường", 20, titles),
            pledge("TAND-HD", "Nguyễn Thị Hoa", 20, titles),
            pledge("TAND-HY", "Lê Văn Bình", 21, List.of(Title.EXCELLENT_COLLECTIVE)),
            pledge("TAND-TB", "Phạm Quốc Dũng", 21, List.of(Title.EXCELLENT_COLLECTIVE)),
            pledge("TAND-BN", "Đỗ Minh Tuấn", 22, List.of(Title.ADVANCED_COLLECTIVE)));
    return new ClusterIv(others, formation, covenant, pledges);
  }

  /** The head of TAND-QN signs for himself; the others' paper signatures are typed in by ADMIN. */
  static DemoUser signerFor(SignPledge pledge) {
    return pledge.unitId().equals(QuangNinhCourts.PROVINCIAL_COURT)
        ? DemoUser.UNIT_HEAD
        : DemoUser.ADMIN;
  }

  private static DemoUnit province(String unitId, String name, int judges) {
    return new DemoUnit(
        new RegisterUnit(
            unitId, name, CourtLevel.PROVINCIAL, QuangNinhCourts.SUPREME_COURT, judges),
        0);
  }

  private static Commitment commitment(Metric metric, String target, String note) {
    return new Commitment(metric, new BigDecimal(target), note);
  }

  private static SignPledge pledge(
      String unitId, String signerName, int dayOfFebruary, List<Title> titles) {
    return new SignPledge(
        COVENANT_ID, unitId, signerName, "Chánh án", LocalDate.of(2024, 2, dayOfFebruary), titles);
  }
}
