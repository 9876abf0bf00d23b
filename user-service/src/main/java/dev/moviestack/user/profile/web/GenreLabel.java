package dev.moviestack.user.profile.web;

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

/** A label (or constant name) of one of the catalog's genres, in any case. */
@Documented
@Constraint(validatedBy = GenreLabel.Validator.class)
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface GenreLabel {

	String message() default "must be one of the catalog's genres, for example Sci-Fi or Film-Noir";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<GenreLabel, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || Genre.fromLabel(value).isPresent();
		}

	}

}
