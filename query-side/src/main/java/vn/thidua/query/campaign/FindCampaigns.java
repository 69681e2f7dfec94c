package vn.thidua.query.campaign;

/** Every launched campaign, the latest period first. */
record FindCampaigns() {}
