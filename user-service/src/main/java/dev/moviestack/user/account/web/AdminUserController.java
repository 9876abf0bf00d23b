package dev.moviestack.user.account.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.moviestack.user.account.AccountAdministration;
import dev.moviestack.user.account.ManagedAccount;
import dev.moviestack.user.identity.AccountSearch;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration; the security chain lets only the role admin in. */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration", description = "Role admin only")
@SecurityRequirement(name = "bearer")
class AdminUserController {

	private final AccountAdministration administration;

	AdminUserController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "List accounts",
			description = "Filters are case-insensitive substrings and combine with AND; pages start at 0.")
	@ApiResponse(responseCode = "200", description = "A page of accounts")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	UserPageResponse list(
			@Parameter(example = "neo") @RequestParam(required = false) @Size(max = 100) @Nullable String username,
			@Parameter(example = "example.com") @RequestParam(required = false) @Size(max = 254) @Nullable String email,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		ManagedAccount.Page accounts = this.administration
			.list(new AccountSearch(blankToNull(username), blankToNull(email)), page, size);
		return UserPageResponse.of(accounts.accounts().stream().map(AdminUserResponse::of).toList(), page, size,
				accounts.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an account")
	@ApiResponse(responseCode = "200", description = "The account")
	@ApiResponse(responseCode = "404", description = "No such account")
	AdminUserResponse get(@PathVariable UUID id) {
		return AdminUserResponse.of(this.administration.get(id.toString()));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable an account",
			description = "Keycloak refuses new logins and ends the sessions; access tokens already issued stay valid "
					+ "until they expire (5 minutes). Idempotent.")
	@ApiResponse(responseCode = "200", description = "The disabled account")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "An admin cannot disable their own account")
	AdminUserResponse disable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		return AdminUserResponse.of(this.administration.setEnabled(token.getSubject(), id.toString(), false));
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enable an account", description = "Idempotent.")
	@ApiResponse(responseCode = "200", description = "The enabled account")
	@ApiResponse(responseCode = "404", description = "No such account")
	AdminUserResponse enable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
		return AdminUserResponse.of(this.administration.setEnabled(token.getSubject(), id.toString(), true));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
