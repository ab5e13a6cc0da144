package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;
import co.elastic.clients.elasticsearch.nodes.Stats;

/**
 * A bench import's own Elasticsearch alias ({@code jixiao-bench-<time>-<import>}, never
 * the portal's): what the index behind it holds and costs, and removing it afterwards.
 */
final class ScratchElasticsearchIndex {

	private final ElasticsearchClient client;

	private final String alias;

	ScratchElasticsearchIndex(ElasticsearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	static String alias(String benchTime, int importNumber) {
		return "jixiao-bench-" + benchTime + "-" + importNumber;
	}

	/**
	 * The figures of the index behind the alias, its primary shards only, as the last
	 * commit (refresh and flush) left them.
	 */
	IndexFigures figures() {
		Map<String, IndicesStats> indices = call(() -> this.client.indices().stats((stats) -> stats.index(this.alias)))
			.indices();
		Map.Entry<String, IndicesStats> index = indices.entrySet().iterator().next();
		IndexStats primaries = index.getValue().primaries();
		return new IndexFigures(index.getKey(), primaries.store().sizeInBytes(), primaries.segments().count(),
				primaries.indexing().indexTimeInMillis(), primaries.refresh().totalTimeInMillis(),
				primaries.flush().totalTimeInMillis(), primaries.merges().totalTimeInMillis());
	}

	/**
	 * CPU time the cluster's processes have used so far; on a node of its own, the CPU
	 * Elasticsearch spent on the bench.
	 */
	long clusterCpuMillis() {
		Map<String, Stats> nodes = call(() -> this.client.nodes().stats((stats) -> stats.metric("process"))).nodes();
		return nodes.values().stream().mapToLong((node) -> node.process().cpu().totalInMillis()).sum();
	}

	/**
	 * Deletes every index made for the alias, the alias with them; by name, as clusters
	 * refuse deletes by wildcard.
	 */
	void delete() {
		call(() -> {
			List<String> indexes = List.copyOf(this.client.indices()
				.get((get) -> get.index(this.alias + "-*").allowNoIndices(true))
				.result()
				.keySet());
			if (!indexes.isEmpty()) {
				this.client.indices().delete((delete) -> delete.index(indexes));
			}
			return null;
		});
	}

	/**
	 * The index's figures after an import.
	 *
	 * @param index the concrete index behind the alias
	 * @param storeBytes size of its files on disk
	 * @param segments Lucene segments it has
	 * @param indexingMillis time spent indexing documents (analysis included)
	 * @param refreshMillis time spent making changes searchable
	 * @param flushMillis time spent committing
	 * @param mergeMillis time spent merging segments
	 */
	record IndexFigures(String index, long storeBytes, long segments, long indexingMillis, long refreshMillis,
			long flushMillis, long mergeMillis) {
	}

	private interface Call<T> {

		T run() throws IOException;

	}

	private static <T> T call(Call<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch is unreachable", ex);
		}
	}

}
