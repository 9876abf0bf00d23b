package dev.moviestack.catalog;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox's asynchronous work (Spring Modulith hands every committed event to
 * Kafka in an {@code @Async} listener) on a few threads with a queue, instead of a
 * virtual thread per event. Each event costs the outbox a database round trip before it
 * is sent: after a batch import of 1,000 movies, 1,000 threads would queue for the 10
 * pooled connections and stall the next request's transaction. A queue keeps the requests
 * fast and lets the outbox drain behind them.
 */
@Component
class OutboxDispatchConfiguration implements AsyncConfigurer, DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	OutboxDispatchConfiguration(@Value("${moviestack.outbox.dispatch-threads:2}") int threads) {
		this.executor.setCorePoolSize(threads);
		this.executor.setMaxPoolSize(threads);
		this.executor.setThreadNamePrefix("outbox-");
		// on shutdown, what is still queued stays in the registry and is republished on
		// restart
		this.executor.setWaitForTasksToCompleteOnShutdown(false);
		this.executor.initialize();
	}

	@Override
	public Executor getAsyncExecutor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
