package vn.thidua.query.recognition;

import vn.thidua.events.recognition.Title;

/** Ballots, optionally by status, by a nomination on them and/or by a title voted on. */
record FindBallots(BallotStatus status, String nominationId, Title title) {}
