package vn.thidua.command.history;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The name of one of the command side's aggregate types; rule {@code known-aggregate-type}. */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownAggregateType.Validator.class)
@interface KnownAggregateType {
  String message() default "must be an aggregate type";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Lists the known types in the message, so a caller sees what it may ask for. */
  class Validator implements ConstraintValidator<KnownAggregateType, String> {
    private final AggregateTypes types;

    Validator(AggregateTypes types) {
      this.types = types;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || types.model(value).isPresent()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "must be one of: " + String.join(", ", types.names()))
          .addConstraintViolation();
      return false;
    }
  }
}
