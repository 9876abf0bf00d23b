package dev.moviestack.gateway.auth;

/**
 * What a browser needs for the authorization code flow with PKCE against the realm.
 */
record AuthConfigResponse(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
		String endSessionEndpoint, String jwksUri, String codeChallengeMethod, String scope) {

}
