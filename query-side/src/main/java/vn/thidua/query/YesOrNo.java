package vn.thidua.query;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text filter that must be {@code true} or {@code false} (rule {@code yes-or-no}, as in the
 * command side's import). Read it with {@link FilterValues}.
 */
@Constraint(validatedBy = YesOrNo.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface YesOrNo {
  String message() default "must be true or false";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements jakarta.validation.ConstraintValidator<YesOrNo, String> {
    @Override
    public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
      return value == null || value.equals("true") || value.equals("false");
    }
  }
}
