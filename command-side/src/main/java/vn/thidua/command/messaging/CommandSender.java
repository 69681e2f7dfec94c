package vn.thidua.command.messaging;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
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
    CurrentUser user = CurrentUser.from(authentication);
    MetaData metaData =
        MetaData.with(MetadataKeys.USER_ID, user.userId())
            .and(MetadataKeys.USER_UNIT_ID, user.unitId())
            .and(MetadataKeys.USER_ROLES, user.rolesAsText())
            .and(AXON_TRACE_ID, CorrelationIdFilter.of(request));
    return gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
  }
}
