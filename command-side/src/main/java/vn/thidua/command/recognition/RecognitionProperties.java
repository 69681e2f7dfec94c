package vn.thidua.command.recognition;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.VoteThreshold;

/**
 * Thresholds of the recognition workflow under {@code thidua.recognition}; they change with the
 * yearly regulations, so every one has a default here and can be overridden. Map entries given in
 * configuration replace the default entry for that title only.
 *
 * @param annulledRateLimit highest annulled/amended rate (percent, subjective causes) a nominee's
 *     unit may have in the cited frozen standings
 * @param annulledRateTitles titles that check the annulled rate
 * @param consecutiveGrassrootsYears consecutive Chiến sĩ thi đua cơ sở years Chiến sĩ thi đua TAND
 *     needs
 * @param advancedWorkerShareAbove share of members (percent) holding Lao động tiên tiến that Tập
 *     thể lao động tiên tiến must exceed
 * @param grassrootsQuotaPercent most Chiến sĩ thi đua cơ sở per unit and year, as percent of staff
 * @param voteThresholds share of all listed voters that must vote for, per title, e.g. {@code 2/3}
 * @param defaultVoteThreshold the share for titles not in {@code voteThresholds}
 * @param deciders the court level whose DECIDER decides (and revokes) each title
 * @param externallyDecided titles decided outside the courts (the Prime Minister): the decider
 *     level only records the decision
 */
@ConfigurationProperties("thidua.recognition")
public record RecognitionProperties(
    BigDecimal annulledRateLimit,
    Set<Title> annulledRateTitles,
    Integer consecutiveGrassrootsYears,
    BigDecimal advancedWorkerShareAbove,
    BigDecimal grassrootsQuotaPercent,
    Map<Title, String> voteThresholds,
    String defaultVoteThreshold,
    Map<Title, CourtLevel> deciders,
    Set<Title> externallyDecided) {

  public RecognitionProperties {
    annulledRateLimit = annulledRateLimit == null ? new BigDecimal("1.5") : annulledRateLimit;
    annulledRateTitles =
        annulledRateTitles == null
            ? EnumSet.of(
                Title.ADVANCED_WORKER,
                Title.GRASSROOTS_EMULATION_FIGHTER,
                Title.COURT_EMULATION_FIGHTER,
                Title.ADVANCED_COLLECTIVE,
                Title.EXCELLENT_COLLECTIVE,
                Title.COURT_EMULATION_FLAG)
            : Set.copyOf(annulledRateTitles);
    consecutiveGrassrootsYears =
        consecutiveGrassrootsYears == null ? 3 : consecutiveGrassrootsYears;
    advancedWorkerShareAbove =
        advancedWorkerShareAbove == null ? new BigDecimal("50") : advancedWorkerShareAbove;
    grassrootsQuotaPercent =
        grassrootsQuotaPercent == null ? new BigDecimal("15") : grassrootsQuotaPercent;
    Map<Title, String> thresholds = new EnumMap<>(Title.class);
    thresholds.put(Title.COURT_EMULATION_FLAG, "2/3");
    thresholds.put(Title.GOVERNMENT_EMULATION_FLAG, "2/3");
    if (voteThresholds != null) {
      thresholds.putAll(voteThresholds);
    }
    thresholds.values().forEach(RecognitionProperties::parse);
    voteThresholds = Map.copyOf(thresholds);
    defaultVoteThreshold = defaultVoteThreshold == null ? "2/3" : defaultVoteThreshold;
    parse(defaultVoteThreshold);
    Map<Title, CourtLevel> levels = new EnumMap<>(Title.class);
    for (Title title :
        EnumSet.of(
            Title.ADVANCED_WORKER,
            Title.GRASSROOTS_EMULATION_FIGHTER,
            Title.ADVANCED_COLLECTIVE,
            Title.LETTER_OF_COMMENDATION)) {
      levels.put(title, CourtLevel.PROVINCIAL);
    }
    for (Title title :
        EnumSet.of(
            Title.COURT_EMULATION_FIGHTER,
            Title.EXCELLENT_COLLECTIVE,
            Title.COURT_EMULATION_FLAG,
            Title.CERTIFICATE_OF_MERIT,
            Title.NATIONAL_EMULATION_FIGHTER,
            Title.GOVERNMENT_EMULATION_FLAG)) {
      levels.put(title, CourtLevel.SUPREME);
    }
    if (deciders != null) {
      levels.putAll(deciders);
    }
    deciders = Map.copyOf(levels);
    externallyDecided =
        externallyDecided == null
            ? EnumSet.of(Title.NATIONAL_EMULATION_FIGHTER, Title.GOVERNMENT_EMULATION_FLAG)
            : Set.copyOf(externallyDecided);
  }

  /** Every default, as used when nothing is configured. */
  public static RecognitionProperties defaults() {
    return new RecognitionProperties(null, null, null, null, null, null, null, null, null);
  }

  VoteThreshold voteThreshold(Title title) {
    return parse(voteThresholds.getOrDefault(title, defaultVoteThreshold));
  }

  private static VoteThreshold parse(String fraction) {
    String[] parts = fraction.trim().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("A vote threshold looks like 2/3, not '" + fraction + "'");
    }
    int numerator = Integer.parseInt(parts[0].trim());
    int denominator = Integer.parseInt(parts[1].trim());
    if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("A vote threshold lies in (0, 1], not '" + fraction + "'");
    }
    return new VoteThreshold(numerator, denominator);
  }
}
