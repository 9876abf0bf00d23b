package dev.moviestack.catalog.movie.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.ExternalIdSource;

/**
 * No two items of a batch share an external id; each later duplicate is reported at
 * {@code items[i].externalIds.<source>}.
 */
@Documented
@Constraint(validatedBy = UniqueExternalIds.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface UniqueExternalIds {

	String message() default "external ids must be unique within a batch";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<UniqueExternalIds, MovieBatchRequest> {

		@Override
		public boolean isValid(@Nullable MovieBatchRequest batch, ConstraintValidatorContext context) {
			if (batch == null || batch.items() == null) {
				return true;
			}
			boolean valid = true;
			Map<ExternalIdSource, Map<Object, Integer>> firstUse = new HashMap<>();
			List<@Nullable MovieRequest> items = batch.items();
			for (int index = 0; index < items.size(); index++) {
				MovieRequest item = items.get(index);
				if (item == null) {
					continue;
				}
				for (ExternalIdSource source : ExternalIdSource.values()) {
					Object value = valueOf(item.externalIds(), source);
					if (value == null) {
						continue;
					}
					Integer first = firstUse.computeIfAbsent(source, (key) -> new HashMap<>())
						.putIfAbsent(value, index);
					if (first != null) {
						valid = false;
						reject(context, index, source, "is already used by items[" + first + "]");
					}
				}
			}
			return valid;
		}

		private static @Nullable Object valueOf(ExternalIdsJson ids, ExternalIdSource source) {
			return switch (source) {
				case MOVIELENS -> ids.movieLens();
				case IMDB -> ids.imdb();
				case TMDB -> ids.tmdb();
			};
		}

		private static void reject(ConstraintValidatorContext context, int index, ExternalIdSource source,
				String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message)
				.addPropertyNode("items")
				.addPropertyNode("externalIds")
				.inIterable()
				.atIndex(index)
				.addPropertyNode(source.property())
				.addConstraintViolation();
		}

	}

}
