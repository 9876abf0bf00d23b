package dev.moviestack.gateway.auth;

/**
 * Tokens for the caller: send {@code accessToken} as {@code Authorization: Bearer ...}
 * and exchange {@code refreshToken} at {@code /api/auth/refresh} before {@code expiresIn}
 * seconds have passed.
 */
record TokenResponse(String accessToken, String refreshToken, long expiresIn, long refreshExpiresIn, String tokenType) {

}
