package dev.moviestack.user.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.moviestack.user.profile.ProfileService;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Profile", description = "The caller's own profile")
@SecurityRequirement(name = "bearer")
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "Read my profile",
			description = "A user who never signed up through MovieStack gets a profile from the token's claims on the first call.")
	@ApiResponse(responseCode = "200", description = "The profile")
	@ApiResponse(responseCode = "401", description = "No or an invalid token")
	@ApiResponse(responseCode = "404", description = "The account was erased")
	ProfileResponse me(@AuthenticationPrincipal Jwt token) {
		return ProfileResponse.of(this.profiles.current(TokenIdentities.of(token)));
	}

	@PatchMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@Operation(summary = "Change my display name or favourite genres",
			description = "Fields left out stay as they are; favouriteGenres replaces the whole list.")
	@ApiResponse(responseCode = "200", description = "The changed profile")
	@ApiResponse(responseCode = "400", description = "An invalid value, an unknown genre or an unknown field")
	ProfileResponse update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody UpdateProfileRequest request) {
		return ProfileResponse.of(this.profiles.update(TokenIdentities.of(token), request.toChanges()));
	}

}
