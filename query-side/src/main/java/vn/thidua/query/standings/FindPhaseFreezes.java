package vn.thidua.query.standings;

/** The phases of one campaign in date order, each telling whether its standings are frozen. */
record FindPhaseFreezes(String campaignId) {}
