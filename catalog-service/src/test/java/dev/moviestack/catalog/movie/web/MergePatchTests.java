package dev.moviestack.catalog.movie.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of RFC 7386, appendix A. */
class MergePatchTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void followsTheRfcExamples() {
		assertMerge("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
		assertMerge("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
		assertMerge("{\"a\":\"b\"}", "{\"a\":null}", "{}");
		assertMerge("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}");
		assertMerge("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
		assertMerge("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}");
		assertMerge("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}");
		assertMerge("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}");
		assertMerge("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]");
		assertMerge("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]");
		assertMerge("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
		assertMerge("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}");
		assertMerge("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
	}

	@Test
	void leavesTheTargetUnchanged() {
		JsonNode target = this.json.readTree("{\"a\":{\"b\":\"c\"}}");

		MergePatch.apply(target, this.json.readTree("{\"a\":{\"b\":null}}"));

		assertThat(target).isEqualTo(this.json.readTree("{\"a\":{\"b\":\"c\"}}"));
	}

	private void assertMerge(String target, String patch, String expected) {
		assertThat(MergePatch.apply(this.json.readTree(target), this.json.readTree(patch)))
			.isEqualTo(this.json.readTree(expected));
	}

}
