package dev.moviestack.user.account.web;

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

import dev.moviestack.user.account.PasswordPolicy;

/**
 * The sign-up's password follows the {@link PasswordPolicy}; each broken rule is an error
 * on the {@code password} field, reported with the other fields' errors.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface AcceptablePassword {

	String message() default "password is not acceptable";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<AcceptablePassword, SignUpRequest> {

		@Override
		public boolean isValid(@Nullable SignUpRequest request, ConstraintValidatorContext context) {
			if (request == null || request.password() == null) {
				return true;
			}
			var violations = PasswordPolicy.violations(request.password().value(), request.username(), request.email());
			if (violations.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			for (String violation : violations) {
				context.buildConstraintViolationWithTemplate(violation)
					.addPropertyNode("password")
					.addConstraintViolation();
			}
			return false;
		}

	}

}
