package vn.thidua.query;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text filter that must be an emulation year of four digits, e.g. {@code year=2024}. Taken as
 * text and checked here, so {@code year=abc} is a 400 naming the parameter (rule {@code
 * emulation-year}) instead of a conversion failure. Read it with {@link FilterValues}.
 */
@Constraint(validatedBy = EmulationYear.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmulationYear {
  String message() default "must be a year of four digits, like 2024";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements jakarta.validation.ConstraintValidator<EmulationYear, String> {
    @Override
    public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
      return value == null || value.matches("\\d{4}");
    }
  }
}
