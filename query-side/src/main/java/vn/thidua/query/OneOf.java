package vn.thidua.query;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text filter that must name a constant of {@link #value()}, e.g. {@code title=ADVANCED_WORKER}.
 * Taken as text and checked here, so a wrong value is a 400 naming the parameter (rule {@code
 * one-of}) instead of a conversion failure.
 */
@Constraint(validatedBy = OneOfValidator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
  Class<? extends Enum<?>> value();

  String message() default "must be one of the listed values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
