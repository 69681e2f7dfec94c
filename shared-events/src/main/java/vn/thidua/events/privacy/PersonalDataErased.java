package vn.thidua.events.privacy;

import java.time.LocalDate;

/**
 * A person's data key was deleted on request: every {@link SealedText} of theirs is unreadable from
 * now on. Carries no personal data itself; read models drop what they decrypted before.
 */
public record PersonalDataErased(String personId, String reason, LocalDate erasedOn) {}
