package dev.moviestack.infra.es.plugin;

import java.time.Instant;
import java.util.List;

import org.elasticsearch.cluster.metadata.IndexMetadata;
import org.elasticsearch.cluster.metadata.ProjectMetadata;
import org.elasticsearch.common.compress.CompressedXContent;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexMode;
import org.elasticsearch.index.IndexSettingProvider;
import org.elasticsearch.index.IndexVersion;

/**
 * A single node can never assign a replica, so any replica makes the cluster yellow. Spring Data
 * sends {@code number_of_replicas: 1} explicitly by default, hence this provider overrules the
 * template and the create-index request: every index of this dev node gets 0 replicas.
 */
final class ZeroReplicasSettingProvider implements IndexSettingProvider {

    @Override
    public void provideAdditionalSettings(
        String indexName,
        String dataStreamName,
        IndexMode templateIndexMode,
        ProjectMetadata projectMetadata,
        Instant resolvedAt,
        Settings indexTemplateAndCreateRequestSettings,
        List<CompressedXContent> combinedTemplateMappings,
        IndexVersion indexVersion,
        Settings.Builder additionalSettings
    ) {
        additionalSettings.put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0);
    }

    @Override
    public boolean overrulesTemplateAndRequestSettings() {
        return true;
    }
}
