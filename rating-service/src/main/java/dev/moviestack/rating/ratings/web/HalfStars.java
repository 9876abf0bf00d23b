package dev.moviestack.rating.ratings.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import dev.moviestack.rating.ratings.domain.Stars;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/** A star value from 0.5 to 5.0 in steps of 0.5; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = HalfStars.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface HalfStars {

	String message() default "must be between 0.5 and 5.0 in steps of 0.5";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<HalfStars, BigDecimal> {

		@Override
		public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext context) {
			return value == null || Stars.isValid(value);
		}

	}

}
