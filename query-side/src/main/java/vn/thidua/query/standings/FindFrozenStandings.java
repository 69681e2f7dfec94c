package vn.thidua.query.standings;

record FindFrozenStandings(String campaignId, String phaseId) {}
