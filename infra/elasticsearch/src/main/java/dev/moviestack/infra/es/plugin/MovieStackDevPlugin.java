package dev.moviestack.infra.es.plugin;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexSettingProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/**
 * DEV-ONLY module for the local MovieStack Elasticsearch node, which is built from the bare server
 * jar and therefore lacks the {@code rest-root} and {@code reindex} modules:
 * <ul>
 *   <li>{@code GET /} and {@code HEAD /}: cluster info / ping, used by the Java client and Spring Data
 *       ({@code info()}, {@code ping()}, health indicators);</li>
 *   <li>{@code POST /{index}/_delete_by_query}: scroll + bulk delete, used by Spring Data's
 *       {@code deleteAll()} and delete-by-query;</li>
 *   <li>every new index gets {@code index.number_of_replicas=0}, so the single node stays green.</li>
 * </ul>
 */
public class MovieStackDevPlugin extends Plugin implements ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        this.clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        RestHandlersServices restHandlersServices,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RestRootHandler(restHandlersServices.settings(), () -> clusterService), new RestDeleteByQueryHandler());
    }

    @Override
    public Collection<IndexSettingProvider> getAdditionalIndexSettingProviders(IndexSettingProvider.Parameters parameters) {
        return List.of(new ZeroReplicasSettingProvider());
    }
}
