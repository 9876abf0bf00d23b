package dev.moviestack.user.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.moviestack.user.account.PasswordPolicy;
import dev.moviestack.user.account.SignUp;
import dev.moviestack.user.profile.Profiles;

/** A sign-up. First and last name are derived from the display name when left out. */
@Schema(name = "SignUp", example = """
		{"username": "neo", "email": "neo@example.com", "password": "follow-the-white-rabbit",
		 "displayName": "Thomas Anderson"}""")
@AcceptablePassword
record SignUpRequest(@Schema(
		description = "3-32 characters: letters, digits, '.', '_' and '-', starting with a letter or digit; "
				+ "stored in lower case",
		example = "neo") @NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
				message = "may contain only letters, digits, '.', '_' and '-', and must start with a letter or digit") @Nullable String username,
		@Schema(description = "Stored in lower case; unique", example = "neo@example.com") @NotBlank @Size(
				max = 254) @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
						message = "must be a well-formed e-mail address") @Nullable String email,
		@Schema(type = "string", format = "password", minLength = PasswordPolicy.MIN_LENGTH,
				maxLength = PasswordPolicy.MAX_LENGTH,
				description = "12-128 characters; not only whitespace or one repeated character; must not contain "
						+ "the username, the e-mail address or its local part",
				example = "follow-the-white-rabbit") @NotNull @Nullable Password password,
		@Schema(example = "Thomas Anderson") @NotBlank @Size(
				max = Profiles.MAX_DISPLAY_NAME) @Nullable String displayName,
		@Schema(description = "Optional; default: the first word of displayName",
				example = "Thomas") @Size(max = 60) @Nullable String firstName,
		@Schema(description = "Optional; default: the rest of displayName (or all of it, if it is one word)",
				example = "Anderson") @Size(max = 60) @Nullable String lastName) {

	/** Only after validation: every required field is there. */
	SignUp toSignUp() {
		return new SignUp(required(this.username), required(this.email), required(this.password).value(),
				required(this.displayName), this.firstName, this.lastName);
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A validated sign-up lacks a required field");
		}
		return value;
	}

}
