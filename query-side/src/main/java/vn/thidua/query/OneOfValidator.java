package vn.thidua.query;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;

/** Accepts no value (the filter is optional) or the exact name of one of the enum's constants. */
class OneOfValidator implements ConstraintValidator<OneOf, String> {
  private List<String> allowed;

  @Override
  public void initialize(OneOf annotation) {
    allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || allowed.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate("must be one of: " + String.join(", ", allowed))
        .addConstraintViolation();
    return false;
  }
}
