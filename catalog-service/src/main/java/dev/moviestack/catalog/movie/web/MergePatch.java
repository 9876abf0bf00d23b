package dev.moviestack.catalog.movie.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7386): members of the patch replace those of the target, objects
 * merge recursively, and {@code null} removes a member.
 */
final class MergePatch {

	private MergePatch() {
	}

	static JsonNode apply(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			if (member.getValue().isNull()) {
				result.remove(member.getKey());
			}
			else {
				JsonNode current = result.get(member.getKey());
				result.set(member.getKey(), apply((current != null) ? current : result.nullNode(), member.getValue()));
			}
		}
		return result;
	}

}
