package vn.thidua.query.recognition;

import vn.thidua.events.recognition.Title;

/** Nominations, optionally of one nominee unit, title and/or emulation year; null means any. */
record FindNominations(String unitId, Title title, Integer year) {}
