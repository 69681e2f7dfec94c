package vn.thidua.support.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches in local mode only: the local token endpoint has no use beside an OIDC provider. */
final class LocalModeCondition implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !LoginMode.isOidc(context.getEnvironment());
  }
}
