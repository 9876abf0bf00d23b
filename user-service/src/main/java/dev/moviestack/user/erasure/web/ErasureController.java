package dev.moviestack.user.erasure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.moviestack.user.erasure.AccountErasure;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Profile")
@SecurityRequirement(name = "bearer")
class ErasureController {

	private final AccountErasure erasure;

	ErasureController(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@DeleteMapping("/api/users/me")
	@Operation(summary = "Erase my account",
			description = "Deletes the profile, publishes UserDeleted (every service then deletes the user's data) "
					+ "and deletes the Keycloak account. Repeating the request is safe.")
	@ApiResponse(responseCode = "204", description = "Erased")
	@ApiResponse(responseCode = "503",
			description = "The data is erased but the login could not be deleted yet; it is retried automatically")
	ResponseEntity<Void> erase(@AuthenticationPrincipal Jwt token) {
		this.erasure.erase(token.getSubject());
		return ResponseEntity.noContent().build();
	}

}
