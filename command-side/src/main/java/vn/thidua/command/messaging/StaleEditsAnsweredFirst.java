package vn.thidua.command.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import vn.thidua.events.problem.NotPermitted;

/**
 * Wraps every aggregate command handler so that an edit runs only on the version its sender read
 * (If-Match, carried in the command's metadata), and so that
 *
 * <ul>
 *   <li>a caller who may not edit the record is refused as such (403) before the version is
 *       compared: otherwise a stale or made-up If-Match would tell them the record's current
 *       version;
 *   <li>a stale edit by a caller who may edit is refused as stale (409), even when a business rule
 *       would break on the newer state: the sender decided on a state that is gone;
 *   <li>the aggregate stays in the unit of work, so the command's answer can carry its new version.
 * </ul>
 *
 * <p>The aggregate is loaded under Axon's per-aggregate lock, and the append of its next sequence
 * number is unique in the event store, so an edit that raced past this check on another instance
 * fails to append, is retried by the gateway, and then meets the check on the newer version.
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
      if (!(Scope.getCurrentScope() instanceof Aggregate<?> aggregate)) {
        return super.handle(message, target);
      }
      CurrentUnitOfWork.get().resources().put(AggregateVersions.HANDLED_AGGREGATE, aggregate);
      Object expected = message.getMetaData().get(AggregateVersions.EXPECTED);
      Long actual = aggregate.version();
      if (!(expected instanceof Long expectedVersion)
          || actual == null
          || expectedVersion.equals(actual)) {
        return super.handle(message, target);
      }
      try {
        // only to hear a refusal of the caller; whatever else it decides is rolled back below
        super.handle(message, target);
      } catch (NotPermitted refused) {
        throw refused;
      } catch (Exception decidedOnAStateTheCallerDidNotSee) {
        // the version conflict is the answer
      }
      throw new ConflictingAggregateVersionException(
          aggregate.identifierAsString(), expectedVersion, actual);
    }
  }
}
