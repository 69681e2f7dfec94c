package vn.thidua.command.messaging;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.thidua.events.MetadataKeys;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.CorrelationIdFilter;

/** Sends a command on behalf of the signed-in user, so its events say who, for which unit, why. */
@Component
public class CommandSender {
  /** Axon's MessageOriginProvider copies this key from the command into every event. */
  private static final String AXON_TRACE_ID = MetadataKeys.CORRELATION_ID;

  private final CommandGateway gateway;

  CommandSender(CommandGateway gateway) {
    this.gateway = gateway;
  }

  public <R> R send(Object command, Authentication authentication, HttpServletRequest request) {
    return send(command, Optional.empty(), authentication, request);
  }

  /**
   * Sends an edit of an existing aggregate. With an If-Match version it runs only if the aggregate
   * is still at that version (else ConflictingAggregateVersionException, answered 409); without
   * one, the last writer wins.
   */
  public <R> R send(
      Object command, String ifMatch, Authentication authentication, HttpServletRequest request) {
    return send(command, ExpectedVersion.fromIfMatch(ifMatch), authentication, request);
  }

  private <R> R send(
      Object command,
      Optional<Long> expectedVersion,
      Authentication authentication,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.from(authentication);
    MetaData metaData =
        MetaData.with(MetadataKeys.USER_ID, user.userId())
            .and(MetadataKeys.USER_UNIT_ID, user.unitId())
            .and(MetadataKeys.USER_ROLES, user.rolesAsText())
            .and(AXON_TRACE_ID, CorrelationIdFilter.of(request));
    if (expectedVersion.isPresent()) {
      metaData = metaData.and(AggregateVersions.EXPECTED, expectedVersion.get());
    }
    FutureCallback<Object, R> answer = new FutureCallback<>();
    gateway.send(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData), answer);
    CommandResultMessage<? extends R> result = answer.getResult();
    if (result.isExceptional()) {
      throw asRuntime(result.exceptionResult());
    }
    VersionETag.remember(request, (Long) result.getMetaData().get(AggregateVersions.RESULTING));
    return result.getPayload();
  }

  /** As the gateway's sendAndWait: a handler's unchecked exception reaches the caller as it is. */
  private static RuntimeException asRuntime(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    return new CommandExecutionException(
        "An exception occurred while executing a command", failure);
  }
}
