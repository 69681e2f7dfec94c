package vn.thidua.command.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * The aggregate a command targets, as its {@code @TargetAggregateIdentifier} says, at the version
 * its metadata expects. Given a version, Axon's repository refuses the edit with a
 * ConflictingAggregateVersionException when the aggregate is elsewhere, so no command needs its own
 * {@code @TargetAggregateVersion} field. Spring's Axon configuration uses the one bean of this type
 * for every aggregate.
 */
class ExpectedVersionTargetResolver implements CommandTargetResolver {
  private final CommandTargetResolver annotations =
      AnnotationCommandTargetResolver.builder().build();

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    VersionedAggregateIdentifier target = annotations.resolveTarget(command);
    Object expected = command.getMetaData().get(AggregateVersions.EXPECTED);
    return expected instanceof Long version
        ? new VersionedAggregateIdentifier(target.getIdentifierValue(), version)
        : target;
  }
}
