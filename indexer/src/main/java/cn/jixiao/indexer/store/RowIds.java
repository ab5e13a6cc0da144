package cn.jixiao.indexer.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ids for the rows written in JDBC batches (filings, indicators, problems), handed out
 * from blocks reserved in {@code id_sequence}. A block is reserved in a transaction of
 * its own, so an import never holds the row lock and a rolled-back import merely skips
 * ids.
 */
@Component
public class RowIds {

	private static final int BLOCK = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private long next;

	private long end;

	RowIds(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public synchronized long next() {
		if (this.next >= this.end) {
			Long blockEnd = this.ownTransaction.execute((status) -> {
				this.jdbc.update("UPDATE id_sequence SET next_val = next_val + ? WHERE sequence_name = 'rows'", BLOCK);
				return this.jdbc.queryForObject("SELECT next_val FROM id_sequence WHERE sequence_name = 'rows'",
						Long.class);
			});
			this.end = blockEnd;
			this.next = blockEnd - BLOCK;
		}
		return this.next++;
	}

}
