package dev.moviestack.user.account.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of accounts. */
@Schema(name = "ManagedUserPage")
record UserPageResponse(List<AdminUserResponse> items, @Schema(example = "0") int page,
		@Schema(example = "20") int size, @Schema(example = "42") long totalElements,
		@Schema(example = "3") long totalPages) {

	static UserPageResponse of(List<AdminUserResponse> items, int page, int size, long total) {
		return new UserPageResponse(items, page, size, total, (total + size - 1) / size);
	}

}
