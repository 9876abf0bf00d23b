package dev.moviestack.catalog.movie.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;

/** A genre label from GET /api/genres (case-insensitive). */
@Documented
@Constraint(validatedBy = KnownGenre.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface KnownGenre {

	String message() default "must be one of the genres at GET /api/genres";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownGenre, String> {

		@Override
		public boolean isValid(@Nullable String label, ConstraintValidatorContext context) {
			return label == null || Genre.fromLabel(label).isPresent();
		}

	}

}
