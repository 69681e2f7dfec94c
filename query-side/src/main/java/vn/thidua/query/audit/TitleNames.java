package vn.thidua.query.audit;

import java.util.EnumMap;
import java.util.Map;
import vn.thidua.events.recognition.Title;

/** The titles as Vietnamese readers know them, for the trail's summaries. */
final class TitleNames {
  private static final Map<Title, String> VIETNAMESE = new EnumMap<>(Title.class);

  static {
    VIETNAMESE.put(Title.ADVANCED_WORKER, "Lao động tiên tiến");
    VIETNAMESE.put(Title.GRASSROOTS_EMULATION_FIGHTER, "Chiến sĩ thi đua cơ sở");
    VIETNAMESE.put(Title.COURT_EMULATION_FIGHTER, "Chiến sĩ thi đua TAND");
    VIETNAMESE.put(Title.NATIONAL_EMULATION_FIGHTER, "Chiến sĩ thi đua toàn quốc");
    VIETNAMESE.put(Title.ADVANCED_COLLECTIVE, "Tập thể lao động tiên tiến");
    VIETNAMESE.put(Title.EXCELLENT_COLLECTIVE, "Tập thể lao động xuất sắc");
    VIETNAMESE.put(Title.COURT_EMULATION_FLAG, "Cờ thi đua TAND");
    VIETNAMESE.put(Title.GOVERNMENT_EMULATION_FLAG, "Cờ thi đua của Chính phủ");
    VIETNAMESE.put(Title.CERTIFICATE_OF_MERIT, "Bằng khen");
    VIETNAMESE.put(Title.LETTER_OF_COMMENDATION, "Giấy khen");
  }

  private TitleNames() {}

  static String of(Title title) {
    return VIETNAMESE.getOrDefault(title, String.valueOf(title));
  }
}
