package vn.thidua.query.recognition;

import java.time.LocalDate;
import vn.thidua.events.recognition.RevocationGround;

/** Why and when an award was revoked: the legal ground and the reason in words. */
public record Revocation(RevocationGround ground, String reason, LocalDate revokedOn) {}
