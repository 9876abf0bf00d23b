package dev.moviestack.user.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

	@Test
	void splitsTheDisplayNameAtTheFirstSpace() {
		assertThat(PersonName.of(null, null, "Thomas A. Anderson", "neo"))
			.isEqualTo(new PersonName("Thomas", "A. Anderson"));
	}

	@Test
	void usesOneWordAsFirstAndLastName() {
		assertThat(PersonName.of(null, null, "Neo", "neo")).isEqualTo(new PersonName("Neo", "Neo"));
	}

	@Test
	void prefersGivenNames() {
		assertThat(PersonName.of("Tom", "Anderson", "Neo", "neo")).isEqualTo(new PersonName("Tom", "Anderson"));
		assertThat(PersonName.of("Tom", null, "Thomas Anderson", "neo")).isEqualTo(new PersonName("Tom", "Anderson"));
	}

	@Test
	void dropsCharactersKeycloakRejectsAndKeepsLettersOfAnyScript() {
		assertThat(PersonName.of(null, null, "Zoë (Zed) O'Brien!", "zoe"))
			.isEqualTo(new PersonName("Zoë", "Zed O'Brien"));
		assertThat(PersonName.of(null, null, "山田 太郎", "yamada")).isEqualTo(new PersonName("山田", "太郎"));
	}

	@Test
	void fallsBackToTheUsernameWhenNothingIsLeft() {
		assertThat(PersonName.of(null, null, "!!! ***", "trinity")).isEqualTo(new PersonName("trinity", "trinity"));
	}

}
