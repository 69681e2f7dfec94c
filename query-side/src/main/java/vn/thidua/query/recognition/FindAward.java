package vn.thidua.query.recognition;

record FindAward(String decisionNumber) {}
