package vn.thidua.query.campaign;

record FindCampaign(String campaignId) {}
