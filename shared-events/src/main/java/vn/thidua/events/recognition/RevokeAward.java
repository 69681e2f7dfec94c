package vn.thidua.events.recognition;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes the award of decision {@code decisionNumber}, which lives on its nomination. */
public record RevokeAward(
    @TargetAggregateIdentifier String nominationId,
    String decisionNumber,
    RevocationGround ground,
    String reason,
    LocalDate revokedOn) {}
