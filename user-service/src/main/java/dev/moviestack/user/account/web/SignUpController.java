package dev.moviestack.user.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.moviestack.user.account.AccountRegistration;
import dev.moviestack.user.profile.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sign-up")
class SignUpController {

	private final AccountRegistration registration;

	SignUpController(AccountRegistration registration) {
		this.registration = registration;
	}

	@PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign up (public)",
			description = "Creates the Keycloak account with the role user, the profile, and publishes UserRegistered "
					+ "(which sends the welcome e-mail). Log in afterwards with the password grant or the "
					+ "authorization code flow of the client moviestack-web.")
	@ApiResponse(responseCode = "201", description = "Signed up; Location is the admin URL of the account")
	@ApiResponse(responseCode = "400", description = "Invalid field, weak password or unknown field")
	@ApiResponse(responseCode = "409", description = "Username or e-mail address taken")
	@ApiResponse(responseCode = "503", description = "Keycloak or the database failed; nothing was kept")
	ResponseEntity<SignUpResponse> signUp(@Valid @RequestBody SignUpRequest request) {
		Profile profile = this.registration.signUp(request.toSignUp());
		return ResponseEntity.created(URI.create("/api/users/" + profile.userId())).body(SignUpResponse.of(profile));
	}

}
