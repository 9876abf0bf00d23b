package dev.moviestack.catalog.movie.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.ReleaseYears;

/**
 * A release year the catalog accepts: {@value ReleaseYears#EARLIEST} up to five years
 * after next year, counted from today.
 */
@Documented
@Constraint(validatedBy = ValidReleaseYear.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface ValidReleaseYear {

	String message() default "must be a year from " + ReleaseYears.EARLIEST + " to five years after next year";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidReleaseYear, Integer> {

		private final Clock clock = Clock.systemUTC();

		@Override
		public boolean isValid(@Nullable Integer year, ConstraintValidatorContext context) {
			if (year == null || ReleaseYears.isValid(year, this.clock)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate(
						"must be between " + ReleaseYears.EARLIEST + " and " + ReleaseYears.latest(this.clock))
				.addConstraintViolation();
			return false;
		}

	}

}
