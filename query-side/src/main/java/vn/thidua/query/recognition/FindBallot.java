package vn.thidua.query.recognition;

record FindBallot(String ballotId) {}
