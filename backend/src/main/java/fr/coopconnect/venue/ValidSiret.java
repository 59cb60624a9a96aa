package fr.coopconnect.venue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET that {@link Siret#isValid} accepts; null is allowed (the field is optional). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSiret.Validator.class)
public @interface ValidSiret {

    String message() default "{coopconnect.siret}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSiret, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Siret.isValid(value);
        }
    }
}
