package cn.jixiao.indexer.index;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.transport.BackoffPolicy;

/**
 * Loads many documents into one index in bulks, with back-pressure: one bulk is in flight
 * while the next fills, and adding waits while both are busy, so a rebuild reads the
 * store no faster than Elasticsearch indexes. A bulk Elasticsearch rejects as too busy is
 * retried with growing pauses; any other failure fails the load.
 */
final class ElasticsearchBulkLoad implements AutoCloseable {

	private static final long FIRST_RETRY_MILLIS = 200;

	private static final int RETRIES = 6;

	private final BulkIngester<Void> ingester;

	private final AtomicReference<String> failure = new AtomicReference<>();

	ElasticsearchBulkLoad(ElasticsearchClient client, String index, int documentsPerBulk, long bytesPerBulk) {
		this.ingester = BulkIngester.of((builder) -> builder.client(client)
			.globalSettings((settings) -> settings.index(index))
			.maxOperations(documentsPerBulk)
			.maxSize(bytesPerBulk)
			.maxConcurrentRequests(1)
			.backoffPolicy(BackoffPolicy.exponentialBackoff(FIRST_RETRY_MILLIS, RETRIES))
			.listener(new FailureListener()));
	}

	/** Adds one operation; fails at once when an earlier bulk failed. */
	void add(BulkOperation operation) {
		failIfFailed();
		this.ingester.add(operation);
	}

	/** Sends what is left, waits for every bulk, and fails if any document failed. */
	@Override
	public void close() {
		this.ingester.close();
		failIfFailed();
	}

	private void failIfFailed() {
		String failed = this.failure.get();
		if (failed != null) {
			throw new IllegalStateException("Elasticsearch refused a bulk: " + failed);
		}
	}

	private final class FailureListener implements BulkListener<Void> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
			if (response.errors()) {
				response.items()
					.stream()
					.filter((item) -> item.error() != null)
					.findFirst()
					.ifPresent((item) -> ElasticsearchBulkLoad.this.failure.compareAndSet(null,
							item.id() + ": " + ElasticsearchSearchIndex.shortened(item.error().reason())));
			}
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
			ElasticsearchBulkLoad.this.failure.compareAndSet(null, String.valueOf(failure));
		}

	}

}
