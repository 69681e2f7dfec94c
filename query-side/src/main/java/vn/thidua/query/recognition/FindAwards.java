package vn.thidua.query.recognition;

import vn.thidua.events.recognition.Title;

/** Awards, optionally of one nominee unit, title, emulation year and/or revoked or not. */
record FindAwards(String unitId, Title title, Integer year, Boolean revoked) {}
