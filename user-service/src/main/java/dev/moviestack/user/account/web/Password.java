package dev.moviestack.user.account.web;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A password as it arrives in a request. Not a string on purpose: error responses echo
 * short string values back ({@code rejectedValue}), and logs print {@code toString()};
 * neither may show a password.
 */
final class Password {

	private final String value;

	private Password(String value) {
		this.value = value;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static Password of(String value) {
		return new Password(value);
	}

	String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return "[hidden]";
	}

}
