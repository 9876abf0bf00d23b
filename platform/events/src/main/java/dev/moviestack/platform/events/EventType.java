package dev.moviestack.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event type and its schema version. A breaking change to a payload gets a new
 * version (and a new topic suffix); additive changes keep it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

	/**
	 * Dotted name without version, for example
	 * {@code dev.moviestack.catalog.movie.created}.
	 */
	String value();

	/** Schema version of the payload. */
	int version() default 1;

	/** Resolved name and version of an event class. */
	record Descriptor(String name, int version) {

		public String type() {
			return this.name + ".v" + this.version;
		}

		public static Descriptor of(Class<?> eventClass) {
			EventType annotation = eventClass.getAnnotation(EventType.class);
			if (annotation == null) {
				throw new IllegalStateException(eventClass.getName() + " is not annotated with @EventType");
			}
			return new Descriptor(annotation.value(), annotation.version());
		}

	}

}
