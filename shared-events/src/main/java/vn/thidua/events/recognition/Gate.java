package vn.thidua.events.recognition;

/** Hard eligibility gates, kept apart from any score. */
public enum Gate {
  /** Chiến sĩ thi đua TAND: consecutive years of Chiến sĩ thi đua cơ sở. */
  CONSECUTIVE_GRASSROOTS_FIGHTER,
  /** Annulled/amended rate (subjective causes) within the limit, from the frozen standings. */
  ANNULLED_RATE,
  /** Tập thể lao động tiên tiến: share of members holding Lao động tiên tiến. */
  ADVANCED_WORKER_SHARE,
  /** Chiến sĩ thi đua cơ sở: decided and nominated ones within the quota of the unit's staff. */
  GRASSROOTS_QUOTA
}
