package dev.moviestack.user.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The password rules of sign-up, after NIST SP 800-63B: length over composition rules,
 * and nothing the password could be guessed from.
 * <ul>
 * <li>{@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters (Unicode code points), any
 * characters, spaces included;</li>
 * <li>not only whitespace, and not one character repeated;</li>
 * <li>does not contain the username, the e-mail address or the e-mail's local part
 * (ignoring case; local parts shorter than {@value #MIN_CONTEXT_LENGTH} characters are
 * not checked).</li>
 * </ul>
 * The realm has no password policy of its own, so this is the only one applied.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	static final int MIN_CONTEXT_LENGTH = 3;

	private PasswordPolicy() {
	}

	/**
	 * @return what is wrong with the password, empty if it is acceptable
	 */
	public static List<String> violations(String password, @Nullable String username, @Nullable String email) {
		List<String> violations = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			violations.add("must be at least " + MIN_LENGTH + " characters long");
		}
		if (length > MAX_LENGTH) {
			violations.add("must be at most " + MAX_LENGTH + " characters long");
		}
		if (password.isBlank()) {
			violations.add("must not be only whitespace");
		}
		else if (password.codePoints().distinct().count() == 1) {
			violations.add("must not be one character repeated");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (containsContext(lower, username)) {
			violations.add("must not contain the username");
		}
		if (email != null && (containsContext(lower, email) || containsContext(lower, localPart(email)))) {
			violations.add("must not contain the e-mail address");
		}
		return violations;
	}

	private static boolean containsContext(String lowerPassword, @Nullable String context) {
		if (context == null) {
			return false;
		}
		String value = context.strip().toLowerCase(Locale.ROOT);
		return value.length() >= MIN_CONTEXT_LENGTH && lowerPassword.contains(value);
	}

	private static String localPart(String email) {
		int at = email.indexOf('@');
		return (at > 0) ? email.substring(0, at) : email;
	}

}
