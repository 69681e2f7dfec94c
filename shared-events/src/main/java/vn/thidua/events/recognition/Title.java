package vn.thidua.events.recognition;

/** Emulation titles and commendations of the court sector (TT 01/2024/TT-TANDTC). */
public enum Title {
  /** Lao động tiên tiến. */
  ADVANCED_WORKER(Recipient.PERSON),
  /** Chiến sĩ thi đua cơ sở. */
  GRASSROOTS_EMULATION_FIGHTER(Recipient.PERSON),
  /** Chiến sĩ thi đua TAND. */
  COURT_EMULATION_FIGHTER(Recipient.PERSON),
  /** Chiến sĩ thi đua toàn quốc. */
  NATIONAL_EMULATION_FIGHTER(Recipient.PERSON),
  /** Tập thể lao động tiên tiến. */
  ADVANCED_COLLECTIVE(Recipient.UNIT),
  /** Tập thể lao động xuất sắc. */
  EXCELLENT_COLLECTIVE(Recipient.UNIT),
  /** Cờ thi đua TAND. */
  COURT_EMULATION_FLAG(Recipient.UNIT),
  /** Cờ thi đua của Chính phủ. */
  GOVERNMENT_EMULATION_FLAG(Recipient.UNIT),
  /** Bằng khen. */
  CERTIFICATE_OF_MERIT(Recipient.EITHER),
  /** Giấy khen. */
  LETTER_OF_COMMENDATION(Recipient.EITHER);

  private final Recipient recipient;

  Title(Recipient recipient) {
    this.recipient = recipient;
  }

  public Recipient recipient() {
    return recipient;
  }

  public enum Recipient {
    PERSON,
    UNIT,
    EITHER
  }
}
