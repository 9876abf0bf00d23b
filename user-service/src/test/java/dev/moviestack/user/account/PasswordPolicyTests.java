package dev.moviestack.user.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordPolicy.violations("follow the white rabbit", "neo", "neo@example.com")).isEmpty();
	}

	@Test
	void acceptsExactlyTwelveCharacters() {
		assertThat(PasswordPolicy.violations("abcdefghijk1", "neo", "neo@example.com")).isEmpty();
	}

	@Test
	void rejectsElevenCharacters() {
		assertThat(PasswordPolicy.violations("abcdefghij1", "neo", "neo@example.com"))
			.containsExactly("must be at least 12 characters long");
	}

	@Test
	void countsCodePointsNotUtf16Units() {
		// six emoji are twelve UTF-16 units but six characters
		assertThat(PasswordPolicy.violations("🎬🍿🎥🎞🎦📽", "neo", "neo@example.com"))
			.contains("must be at least 12 characters long");
	}

	@Test
	void rejectsMoreThan128Characters() {
		assertThat(PasswordPolicy.violations("x1".repeat(65), "neo", "neo@example.com"))
			.containsExactly("must be at most 128 characters long");
	}

	@Test
	void rejectsWhitespaceOnlyAndOneRepeatedCharacter() {
		assertThat(PasswordPolicy.violations(" ".repeat(12), "neo", "neo@example.com"))
			.containsExactly("must not be only whitespace");
		assertThat(PasswordPolicy.violations("a".repeat(16), "neo", "neo@example.com"))
			.containsExactly("must not be one character repeated");
	}

	@Test
	void rejectsThePasswordEqualToOrContainingTheUsernameIgnoringCase() {
		assertThat(PasswordPolicy.violations("morpheus-rules", "Morpheus", "m@example.com"))
			.containsExactly("must not contain the username");
		assertThat(PasswordPolicy.violations("trinity12345", "TRINITY12345", "t@example.com"))
			.containsExactly("must not contain the username");
	}

	@Test
	void rejectsThePasswordEqualToOrContainingTheEmailOrItsLocalPart() {
		assertThat(PasswordPolicy.violations("oracle@example.com", "neo", "oracle@example.com"))
			.containsExactly("must not contain the e-mail address");
		assertThat(PasswordPolicy.violations("my-name-is-oracle!", "neo", "Oracle@example.com"))
			.containsExactly("must not contain the e-mail address");
	}

	@Test
	void ignoresContextShorterThanThreeCharacters() {
		assertThat(PasswordPolicy.violations("a long passphrase here", "ab", "a@example.com")).isEmpty();
	}

	@Test
	void toleratesMissingContext() {
		assertThat(PasswordPolicy.violations("a long passphrase here", null, null)).isEmpty();
	}

}
