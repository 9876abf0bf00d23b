package dev.moviestack.user.profile.web;

import dev.moviestack.user.profile.LastSeenTracker;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ProfileWebConfiguration implements WebMvcConfigurer {

	private final LastSeenTracker tracker;

	ProfileWebConfiguration(LastSeenTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LastSeenInterceptor(this.tracker)).addPathPatterns("/api/users/**");
	}

}
