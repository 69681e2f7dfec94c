package vn.thidua.command.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateRoot;

/**
 * Wraps every aggregate command handler so that it
 *
 * <ul>
 *   <li>refuses a stale edit before it decides anything: Axon would otherwise run the handler and
 *       refuse only at commit, so a business rule broken on the newer state would answer instead of
 *       the version conflict. This is the {@code conflictResolver.detectConflicts(...)} call an
 *       Axon handler may make itself, made for all of them;
 *   <li>leaves the aggregate in the unit of work, so the command's answer can carry its new
 *       version.
 * </ul>
 */
class StaleEditsAnsweredFirst implements HandlerEnhancerDefinition {

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    boolean aggregateCommandHandler =
        original.canHandleMessageType(CommandMessage.class)
            && AnnotationUtils.isAnnotationPresent(original.declaringClass(), AggregateRoot.class);
    return aggregateCommandHandler ? new Checked<>(original) : original;
  }

  private static final class Checked<T> extends WrappedMessageHandlingMember<T> {
    Checked(MessageHandlingMember<T> delegate) {
      super(delegate);
    }

    @Override
    public Object handle(Message<?> message, T target) throws Exception {
      if (Scope.getCurrentScope() instanceof Aggregate<?> aggregate) {
        CurrentUnitOfWork.get().resources().put(AggregateVersions.HANDLED_AGGREGATE, aggregate);
      }
      // a no-op unless the repository found the aggregate past the expected version
      ConflictResolution.getConflictResolver().detectConflicts(unseenEvents -> true);
      return super.handle(message, target);
    }
  }
}
