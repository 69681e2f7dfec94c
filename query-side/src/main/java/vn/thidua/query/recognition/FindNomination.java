package vn.thidua.query.recognition;

record FindNomination(String nominationId) {}
