package dev.moviestack.user.profile.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.moviestack.user.profile.LastSeenTracker;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/** Tells the {@link LastSeenTracker} about every authenticated call. */
class LastSeenInterceptor implements HandlerInterceptor {

	private final LastSeenTracker tracker;

	LastSeenInterceptor(LastSeenTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			this.tracker.seen(token.getToken().getSubject());
		}
		return true;
	}

}
