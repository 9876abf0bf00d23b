package dev.moviestack.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Redis "up" but dead: a socket that accepts connections and never answers, the case that
 * hangs a client without timeouts. (A stopped Redis, connection refused, fails faster.)
 */
public class RedisDownEnvironment extends GatewayEnvironment {

	private static final ServerSocket BLACK_HOLE = blackHole();

	@Override
	protected Map<String, Object> properties() {
		Map<String, Object> properties = super.properties();
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", BLACK_HOLE.getLocalPort());
		return properties;
	}

	private static ServerSocket blackHole() {
		try {
			// never accept()ed: the kernel completes the handshakes, nobody ever answers
			return new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
