package dev.moviestack.infra.es.plugin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.admin.indices.refresh.RefreshRequest;
import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.action.bulk.BulkRequest;
import org.elasticsearch.action.delete.DeleteRequest;
import org.elasticsearch.action.search.ClearScrollRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.action.search.SearchScrollRequest;
import org.elasticsearch.action.support.IndicesOptions;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.common.Strings;
import org.elasticsearch.common.document.DocumentField;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.index.query.WrapperQueryBuilder;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestChannel;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentFactory;
import org.elasticsearch.xcontent.XContentType;

/**
 * {@code POST /{index}/_delete_by_query}: a synchronous stand-in for the reindex module's API.
 * Scrolls over the matching documents (sorted by {@code _doc}, no source) and deletes each batch with
 * a bulk request; answers with the usual counters. Supported parameters: {@code refresh},
 * {@code scroll_size}, {@code max_docs}, {@code routing}, {@code scroll} and the index options
 * ({@code ignore_unavailable}, {@code allow_no_indices}, {@code expand_wildcards}); the others
 * ({@code conflicts}, {@code slices}, {@code wait_for_completion}, ...) are accepted and ignored.
 * No version checks: concurrent updates are overwritten by the delete (like {@code conflicts=proceed}).
 */
final class RestDeleteByQueryHandler extends BaseRestHandler {

    @Override
    public String getName() {
        return "moviestack_delete_by_query_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.POST, "/{index}/_delete_by_query"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        String[] indices = Strings.splitStringByCommaToArray(request.param("index"));
        boolean refresh = request.paramAsBoolean("refresh", false);
        int scrollSize = request.paramAsInt("scroll_size", 1000);
        long maxDocs = request.paramAsLong("max_docs", -1);
        String routing = request.param("routing");
        TimeValue keepAlive = request.paramAsTime("scroll", TimeValue.timeValueMinutes(5));
        IndicesOptions indicesOptions = IndicesOptions.fromRequest(request, SearchRequest.DEFAULT_INDICES_OPTIONS);
        // accept (and ignore) every other parameter the real API knows
        for (String name : new ArrayList<>(request.params().keySet())) {
            request.param(name);
        }

        QueryBuilder query = QueryBuilders.matchAllQuery();
        if (request.hasContent()) {
            Map<String, Object> body = XContentHelper.convertToMap(request.content(), false, request.getXContentType()).v2();
            Object q = body.get("query");
            if (q instanceof Map<?, ?> queryMap) {
                try (XContentBuilder json = XContentFactory.jsonBuilder()) {
                    json.map(castMap(queryMap));
                    query = new WrapperQueryBuilder(Strings.toString(json));
                }
            }
            Object bodyMaxDocs = body.get("max_docs");
            if (bodyMaxDocs instanceof Number n) {
                maxDocs = n.longValue();
            }
        }

        SearchSourceBuilder source = new SearchSourceBuilder().query(query)
            .size(maxDocs > 0 ? (int) Math.min(scrollSize, maxDocs) : scrollSize)
            .fetchSource(false)
            .trackTotalHits(true)
            .sort("_doc");
        SearchRequest search = new SearchRequest(indices).source(source).scroll(keepAlive).indicesOptions(indicesOptions);
        if (routing != null) {
            search.routing(routing);
        }
        long limit = maxDocs;
        return channel -> new Run(client, channel, refresh, keepAlive, limit, indices).start(search);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** One asynchronous run: search -> (bulk delete -> scroll)* -> clear scroll -> refresh -> respond. */
    private static final class Run {
        private final NodeClient client;
        private final RestChannel channel;
        private final boolean refresh;
        private final TimeValue keepAlive;
        private final long maxDocs;
        private final String[] indices;
        private final long startNanos = System.nanoTime();
        private final List<String> failures = new ArrayList<>();
        private long total = -1;
        private long deleted;
        private long versionConflicts;
        private int batches;
        private String scrollId;

        Run(NodeClient client, RestChannel channel, boolean refresh, TimeValue keepAlive, long maxDocs, String[] indices) {
            this.client = client;
            this.channel = channel;
            this.refresh = refresh;
            this.keepAlive = keepAlive;
            this.maxDocs = maxDocs;
            this.indices = indices;
        }

        void start(SearchRequest search) {
            client.search(search, ActionListener.wrap(this::onSearch, this::fail));
        }

        private void onSearch(SearchResponse response) {
            // the response is ref-counted and released after this method returns: copy what we need
            scrollId = response.getScrollId();
            if (total < 0) {
                total = response.getHits().getTotalHits() == null ? 0 : response.getHits().getTotalHits().value();
                if (maxDocs >= 0) {
                    total = Math.min(total, maxDocs);
                }
            }
            BulkRequest bulk = new BulkRequest();
            for (SearchHit hit : response.getHits().getHits()) {
                if (maxDocs >= 0 && deleted + bulk.numberOfActions() >= maxDocs) {
                    break;
                }
                DeleteRequest delete = new DeleteRequest(hit.getIndex()).id(hit.getId());
                DocumentField routingField = hit.field("_routing");
                if (routingField != null && routingField.getValue() != null) {
                    delete.routing(routingField.getValue().toString());
                }
                bulk.add(delete);
            }
            if (bulk.numberOfActions() == 0) {
                finish();
                return;
            }
            batches++;
            client.bulk(bulk, ActionListener.wrap(this::onBulk, this::fail));
        }

        private void onBulk(org.elasticsearch.action.bulk.BulkResponse response) {
            for (BulkItemResponse item : response.getItems()) {
                if (item.isFailed()) {
                    if (item.getFailure().getStatus() == RestStatus.CONFLICT) {
                        versionConflicts++;
                    } else {
                        failures.add(item.getIndex() + "/" + item.getId() + ": " + item.getFailureMessage());
                    }
                } else {
                    deleted++;
                }
            }
            if (maxDocs >= 0 && deleted >= maxDocs || failures.isEmpty() == false) {
                finish();
                return;
            }
            client.searchScroll(new SearchScrollRequest(scrollId).scroll(keepAlive), ActionListener.wrap(this::onSearch, this::fail));
        }

        private void finish() {
            String id = scrollId;
            scrollId = null;
            if (id != null) {
                ClearScrollRequest clear = new ClearScrollRequest();
                clear.addScrollId(id);
                client.clearScroll(clear, ActionListener.wrap(r -> afterClear(), e -> afterClear()));
            } else {
                afterClear();
            }
        }

        private void afterClear() {
            if (refresh && deleted > 0) {
                client.admin().indices().refresh(new RefreshRequest(indices), ActionListener.wrap(r -> respond(), e -> respond()));
            } else {
                respond();
            }
        }

        private void respond() {
            try {
                XContentBuilder b = channel.newBuilder();
                b.startObject();
                b.field("took", (System.nanoTime() - startNanos) / 1_000_000);
                b.field("timed_out", false);
                b.field("total", Math.max(total, 0));
                b.field("deleted", deleted);
                b.field("batches", batches);
                b.field("version_conflicts", versionConflicts);
                b.field("noops", 0);
                b.startObject("retries").field("bulk", 0).field("search", 0).endObject();
                b.field("throttled_millis", 0);
                b.field("requests_per_second", -1.0);
                b.field("throttled_until_millis", 0);
                b.startArray("failures");
                for (String f : failures) {
                    b.startObject().field("cause", Map.of("type", "bulk_failure", "reason", f)).endObject();
                }
                b.endArray();
                b.endObject();
                channel.sendResponse(new RestResponse(failures.isEmpty() ? RestStatus.OK : RestStatus.INTERNAL_SERVER_ERROR, b));
            } catch (Exception e) {
                fail(e);
            }
        }

        private void fail(Exception e) {
            if (scrollId != null) {
                ClearScrollRequest clear = new ClearScrollRequest();
                clear.addScrollId(scrollId);
                scrollId = null;
                client.clearScroll(clear, ActionListener.noop());
            }
            try {
                channel.sendResponse(new RestResponse(channel, e));
            } catch (IOException io) {
                io.addSuppressed(e);
                throw new java.io.UncheckedIOException(io);
            }
        }
    }
}
