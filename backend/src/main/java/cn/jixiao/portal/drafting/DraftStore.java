package cn.jixiao.portal.drafting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.indexer.store.Draft;
import cn.jixiao.indexer.store.DraftRepository;
import cn.jixiao.indexer.store.DraftSummary;
import cn.jixiao.portal.system.NotFoundException;

/**
 * Saves, lists, opens and removes drafts; a draft is checked before it is saved. A draft
 * belongs to the user who started it: others do not see it, except administrators, who
 * see every draft.
 */
@Component
class DraftStore {

	private final DraftRepository drafts;

	private final Clock clock;

	DraftStore(DraftRepository drafts, Clock clock) {
		this.drafts = drafts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<DraftSummary> list() {
		Drafter drafter = Drafter.current();
		return drafter.admin() ? this.drafts.findSummaries() : this.drafts.findSummariesByOwner(drafter.username());
	}

	@Transactional(readOnly = true)
	DraftView find(long id) {
		return view(draft(id));
	}

	@Transactional
	DraftView create(DraftForm form) {
		DraftForm checked = DraftCheck.checked(form);
		return view(this.drafts
			.save(new Draft(Drafter.current().username(), checked.header(), checked.indicators(), now())));
	}

	@Transactional
	DraftView update(long id, DraftForm form) {
		DraftForm checked = DraftCheck.checked(form);
		Draft draft = draft(id);
		draft.change(checked.header(), checked.indicators(), now());
		return view(this.drafts.saveAndFlush(draft));
	}

	@Transactional
	void delete(long id) {
		this.drafts.delete(draft(id));
	}

	private Draft draft(long id) {
		Drafter drafter = Drafter.current();
		return this.drafts.findWithIndicatorsById(id)
			.filter((draft) -> drafter.admin() || drafter.username().equals(draft.getOwner()))
			.orElseThrow(() -> new NotFoundException("drafting.notFound", id));
	}

	/**
	 * To the second, as MySQL's TIMESTAMP keeps it, so a draft reads back as it was
	 * saved.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static DraftView view(Draft draft) {
		return new DraftView(draft.getId(), draft.header(), draft.rows(), draft.getCreatedAt(), draft.getUpdatedAt());
	}

}
