package dev.moviestack.user.profile.web;

import dev.moviestack.user.profile.TokenIdentity;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the caller's identity from a Keycloak access token. */
final class TokenIdentities {

	private TokenIdentities() {
	}

	static TokenIdentity of(Jwt token) {
		return new TokenIdentity(token.getSubject(), token.getClaimAsString("preferred_username"),
				token.getClaimAsString("email"), token.getClaimAsString("name"));
	}

}
