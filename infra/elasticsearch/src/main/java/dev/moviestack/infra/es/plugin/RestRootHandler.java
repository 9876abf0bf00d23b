package dev.moviestack.infra.es.plugin;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.bytes.BytesArray;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.node.Node;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/** {@code GET /} (the usual info document) and {@code HEAD /} (ping), as the missing rest-root module would serve them. */
final class RestRootHandler extends BaseRestHandler {

    private final Settings settings;
    private final Supplier<ClusterService> clusterService;

    RestRootHandler(Settings settings, Supplier<ClusterService> clusterService) {
        this.settings = settings;
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "moviestack_main_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        if (request.method() == RestRequest.Method.HEAD) {
            return channel -> channel.sendResponse(new RestResponse(RestStatus.OK, RestResponse.TEXT_CONTENT_TYPE, BytesArray.EMPTY));
        }
        return channel -> {
            Build build = Build.current();
            ClusterService cs = clusterService.get();
            String clusterUuid = cs == null ? Metadata.UNKNOWN_CLUSTER_UUID : cs.state().metadata().clusterUUID();
            String nodeName = cs == null ? Node.NODE_NAME_SETTING.get(settings) : cs.getNodeName();
            XContentBuilder b = channel.newBuilder();
            b.startObject();
            b.field("name", nodeName);
            b.field("cluster_name", ClusterName.CLUSTER_NAME_SETTING.get(settings).value());
            b.field("cluster_uuid", clusterUuid);
            b.startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", org.apache.lucene.util.Version.LATEST.toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject();
            b.field("tagline", "You Know, for Search");
            b.endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, b));
        };
    }

    @Override
    public boolean canTripCircuitBreaker() {
        return false;
    }
}
