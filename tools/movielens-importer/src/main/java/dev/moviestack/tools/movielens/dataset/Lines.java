package dev.moviestack.tools.movielens.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file line by line with line numbers. Bytes that are not valid in the
 * charset become U+FFFD instead of failing the whole file.
 */
final class Lines {

	private Lines() {
	}

	/** Receives one line. */
	@FunctionalInterface
	interface LineConsumer {

		void accept(String line, Origin origin);

	}

	static void read(Path file, Charset charset, boolean skipHeader, LineConsumer consumer) throws IOException {
		var decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		String name = file.getFileName().toString();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
				1 << 16)) {
			long number = 0;
			String line;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number == 1) {
					line = stripByteOrderMark(line);
					if (skipHeader) {
						continue;
					}
				}
				if (!line.isBlank()) {
					consumer.accept(line, new Origin(name, number));
				}
			}
		}
	}

	/** Lines that hold data: all non-blank lines, less a header. */
	static long count(Path file, boolean skipHeader) throws IOException {
		long count = 0;
		try (var stream = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			int read;
			boolean lineHasContent = false;
			while ((read = stream.read(buffer)) > 0) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						count += lineHasContent ? 1 : 0;
						lineHasContent = false;
					}
					else if (buffer[i] != '\r') {
						lineHasContent = true;
					}
				}
			}
			count += lineHasContent ? 1 : 0;
		}
		return Math.max(0, count - (skipHeader ? 1 : 0));
	}

	private static String stripByteOrderMark(String line) {
		return (!line.isEmpty() && line.charAt(0) == '\uFEFF') ? line.substring(1) : line;
	}

}
