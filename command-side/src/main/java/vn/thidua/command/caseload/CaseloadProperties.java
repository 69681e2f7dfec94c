package vn.thidua.command.caseload;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.thidua.events.caseload.CaseType;

/**
 * The caseload figures the law fixes and that change with it, under {@code thidua.caseload}. Every
 * key has a default here, so a deployment only names what differs.
 *
 * @param statutoryDays days from acceptance to the statutory deadline, per case type; types not
 *     named keep their default
 * @param publicationDays a judgment published more than this many days after taking effect is late
 * @param courtMediationTypes dispute types that may be transferred to mediation or dialogue at
 *     court
 */
@ConfigurationProperties("thidua.caseload")
public record CaseloadProperties(
    Map<CaseType, Integer> statutoryDays,
    Integer publicationDays,
    Set<CaseType> courtMediationTypes) {

  /**
   * Preparation time without extensions plus the time to open the hearing, by our reading of the
   * procedure codes (an assumption to confirm with the Supreme People's Court's statistics rules).
   */
  static final Map<CaseType, Integer> DEFAULT_STATUTORY_DAYS =
      Map.of(
          // Criminal Procedure Code 2015 art. 277: up to 3 months to prepare, 15 days to open
          CaseType.CRIMINAL, 105,
          // Civil Procedure Code 2015 art. 203(1)(a), (4): 4 months to prepare, 1 month to open
          CaseType.CIVIL, 150,
          CaseType.MARRIAGE_AND_FAMILY, 150,
          // art. 203(1)(b), (4): 2 months to prepare, 1 month to open
          CaseType.BUSINESS_AND_TRADE, 90,
          CaseType.LABOUR, 90,
          // Administrative Procedure Law 2015 art. 130: 4 months to prepare, 20 days to open
          CaseType.ADMINISTRATIVE, 140,
          // Bankruptcy Law 2014 art. 42: 30 days to decide whether to open the procedure
          CaseType.BANKRUPTCY, 30,
          // Ordinance 09/2014/UBTVQH13: short time limits for considering the petition
          CaseType.ADMINISTRATIVE_MEASURE, 20);

  /** Resolution 03/2017/NQ-HĐTP: publish within 30 days of the judgment taking effect. */
  static final int DEFAULT_PUBLICATION_DAYS = 30;

  /** Law on Mediation and Dialogue at Court 2020 art. 2: civil-law disputes; dialogue for suits. */
  static final Set<CaseType> DEFAULT_COURT_MEDIATION_TYPES =
      EnumSet.of(
          CaseType.CIVIL,
          CaseType.MARRIAGE_AND_FAMILY,
          CaseType.BUSINESS_AND_TRADE,
          CaseType.LABOUR,
          CaseType.ADMINISTRATIVE);

  public CaseloadProperties {
    Map<CaseType, Integer> days = new EnumMap<>(DEFAULT_STATUTORY_DAYS);
    if (statutoryDays != null) {
      days.putAll(statutoryDays);
    }
    days.forEach(
        (type, limit) -> {
          if (limit == null || limit <= 0) {
            throw new IllegalArgumentException(
                "thidua.caseload.statutory-days." + type + " must be a positive number of days");
          }
        });
    statutoryDays = Map.copyOf(days);
    if (publicationDays == null) {
      publicationDays = DEFAULT_PUBLICATION_DAYS;
    }
    if (publicationDays < 0) {
      throw new IllegalArgumentException("thidua.caseload.publication-days must not be negative");
    }
    courtMediationTypes =
        courtMediationTypes == null || courtMediationTypes.isEmpty()
            ? DEFAULT_COURT_MEDIATION_TYPES
            : Set.copyOf(courtMediationTypes);
  }

  /** The defaults, for tests and for running without Spring. */
  public static CaseloadProperties defaults() {
    return new CaseloadProperties(null, null, null);
  }

  LocalDate statutoryDeadline(CaseType caseType, LocalDate acceptedOn) {
    return acceptedOn.plusDays(statutoryDays.get(caseType));
  }

  boolean publishedLate(LocalDate effectiveOn, LocalDate publishedOn) {
    return publishedOn.isAfter(effectiveOn.plusDays(publicationDays));
  }

  boolean openToCourtMediation(CaseType disputeType) {
    return courtMediationTypes.contains(disputeType);
  }
}
