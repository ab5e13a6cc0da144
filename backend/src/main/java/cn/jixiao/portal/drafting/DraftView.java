package cn.jixiao.portal.drafting;

import java.time.Instant;
import java.util.List;

import cn.jixiao.indexer.store.DraftHeader;
import cn.jixiao.indexer.store.DraftRow;

/** A saved draft as the editor opens it. */
record DraftView(long id, DraftHeader header, List<DraftRow> indicators, Instant createdAt, Instant updatedAt) {

	DraftForm form() {
		return new DraftForm(this.header, this.indicators);
	}

}
