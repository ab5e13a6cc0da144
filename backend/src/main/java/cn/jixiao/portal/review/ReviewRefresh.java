package cn.jixiao.portal.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.importing.FilingImporter;
import cn.jixiao.indexer.importing.StoreChanged;
import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.store.StoredIndicator;
import cn.jixiao.indexer.store.StoredFormPages;
import cn.jixiao.indexer.store.StoredFormPages.StoredForm;

/**
 * Keeps the stored findings in step with the store. History rules read other filings (the
 * same project in other years, peers), so a new file or a lineage decision can change the
 * findings of filings it does not hold: every change recomputes all of them.
 *
 * <p>
 * The work runs on a thread of its own after the import or decision has returned, never
 * inside its transaction: imports stay as fast as without a review, and a failing rule
 * cannot fail an import. Requests that arrive while a refresh runs make one more refresh
 * afterwards. The new findings replace the old in one transaction, taken between imports,
 * so readers see the previous complete set until then; only the filings whose findings
 * changed are rewritten. When the portal starts it refreshes if the findings do not
 * reflect the store (first start after the migration, or files imported from the command
 * line).
 */
@Component
public class ReviewRefresh implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRefresh.class);

	private static final int PAGE_SIZE = 500;

	private final FilingReview review;

	private final ReviewContext context;

	private final StoredFormPages forms;

	private final FindingRows rows;

	private final StoredFindings stored;

	private final ReviewRules rules;

	private final FilingImporter importer;

	private final TransactionTemplate readOnly;

	private final EntityManager entityManager;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "review-refresh");
		thread.setDaemon(true);
		return thread;
	});

	/** A refresh is waiting to start: further requests are served by it. */
	private final AtomicBoolean pending = new AtomicBoolean();

	ReviewRefresh(FilingReview review, ReviewContext context, StoredFormPages forms, FindingRows rows,
			StoredFindings stored, ReviewRules rules, FilingImporter importer, TransactionTemplate transactions,
			EntityManager entityManager) {
		this.review = review;
		this.context = context;
		this.forms = forms;
		this.rows = rows;
		this.stored = stored;
		this.rules = rules;
		this.importer = importer;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.entityManager = entityManager;
	}

	@EventListener
	void storeChanged(StoreChanged change) {
		logger.debug("store changed ({}): review refresh requested", change.cause());
		request();
	}

	/**
	 * Queued behind whatever the seed import of a first start requested, so that a
	 * refresh it caused is not repeated.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void refreshIfBehind() {
		this.worker.execute(() -> {
			if (!this.stored.status().current()) {
				logger.info("stored review findings do not reflect the store: reviewing all filings");
				refreshLogged();
			}
		});
	}

	/** Schedules a refresh of all findings, unless one is already waiting to start. */
	public void request() {
		if (this.pending.compareAndSet(false, true)) {
			this.worker.execute(() -> {
				this.pending.set(false);
				refreshLogged();
			});
		}
	}

	/** Waits until the refreshes requested so far are done. */
	public void awaitIdle(Duration timeout) throws Exception {
		Future<?> marker = this.worker.submit(() -> {
		});
		marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Reviews every stored filing and replaces the stored findings; runs on the caller's
	 * thread, one refresh at a time.
	 */
	public synchronized ReviewState refresh() {
		long start = System.nanoTime();
		// Taken first: a file stored meanwhile makes the recorded state older, not
		// newer, and its StoreChanged event has already asked for the next refresh.
		String storeState = this.stored.storeState();
		List<ReviewedForm> reviewed = new ArrayList<>();
		long afterId = 0;
		while (true) {
			long from = afterId;
			List<Form> page = this.readOnly.execute((status) -> page(from));
			if (page == null || page.isEmpty()) {
				break;
			}
			for (Form form : page) {
				reviewed.add(new ReviewedForm(form.id(), form.indicatorIds(),
						this.review.review(form.filing(), this.context)));
				afterId = Math.max(afterId, form.id());
			}
		}
		Map<Long, List<FindingRows.Row>> before = this.rows.stored();
		long reviewedAt = System.nanoTime();
		long[] writing = new long[1];
		ReviewState state = this.importer.betweenImports(() -> {
			writing[0] = System.nanoTime();
			return this.rows.update(reviewed, before, storeState, this.rules.fingerprint(), () -> millisSince(start));
		});
		logger.info(
				"review refreshed: {} filings, {} findings in {} ms (read and reviewed in {} ms, waited {} ms for an"
						+ " import, stored in {} ms)",
				state.filings(), state.findings(), millisSince(start), (reviewedAt - start) / 1_000_000,
				(writing[0] - reviewedAt) / 1_000_000, (System.nanoTime() - writing[0]) / 1_000_000);
		return state;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.worker.shutdown();
		if (!this.worker.awaitTermination(1, TimeUnit.MINUTES)) {
			logger.warn("a review refresh was still running when the portal stopped");
		}
	}

	/** A stored filing as the review reads it, with its ids. */
	private record Form(long id, Filing filing, List<Long> indicatorIds) {
	}

	private List<Form> page(long afterId) {
		List<Form> forms = new ArrayList<>();
		for (StoredForm form : this.forms.after(afterId, PAGE_SIZE)) {
			forms.add(new Form(form.filing().getId(), form.filing().toFiling(form.indicators()),
					form.indicators().stream().map(StoredIndicator::getId).toList()));
		}
		this.entityManager.clear();
		return forms;
	}

	/** A failed refresh leaves the previous findings; the next change tries again. */
	private void refreshLogged() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			logger.error("review refresh failed; the previous findings stay", ex);
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
