package cn.jixiao.indexer.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.indexer.store.FilingRows;
import cn.jixiao.indexer.store.FilingSummary;
import cn.jixiao.indexer.store.IndicatorKey;
import cn.jixiao.indexer.store.LineageDecisionRepository;
import cn.jixiao.indexer.store.LineageLink;
import cn.jixiao.indexer.store.LineageLinkRepository;
import cn.jixiao.indexer.store.Project;
import cn.jixiao.indexer.store.ProjectRepository;
import cn.jixiao.indexer.store.StoredFiling;
import cn.jixiao.indexer.store.StoredFilingRepository;
import cn.jixiao.indexer.store.Unit;
import cn.jixiao.indexer.store.UnitRepository;

/**
 * Keeps each unit's projects and lineage links in step with its filings, for the units an
 * import touched. Lineage is derived from the filings, so it runs after their import (a
 * batch relinks each unit once) and can always be recomputed. Projects keep their ids as
 * long as their earliest filing's name key stays the same.
 */
@Component
class ProjectLineage {

	private final UnitRepository units;

	private final StoredFilingRepository filings;

	private final ProjectRepository projects;

	private final LineageLinkRepository links;

	private final LineageDecisionRepository decisions;

	private final FilingRows rows;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	ProjectLineage(UnitRepository units, StoredFilingRepository filings, ProjectRepository projects,
			LineageLinkRepository links, LineageDecisionRepository decisions, FilingRows rows,
			TransactionTemplate transactions, EntityManager entityManager) {
		this.units = units;
		this.filings = filings;
		this.projects = projects;
		this.links = links;
		this.decisions = decisions;
		this.rows = rows;
		this.transactions = transactions;
		this.entityManager = entityManager;
	}

	/**
	 * Each unit in a transaction of its own, which keeps the persistence context (and its
	 * flushes) small.
	 */
	public synchronized void relink(Collection<Long> unitIds) {
		for (Long unitId : Set.copyOf(unitIds)) {
			this.transactions.executeWithoutResult((status) -> this.units.findById(unitId).ifPresent(this::relink));
		}
	}

	private void relink(Unit unit) {
		Map<Long, Long> currentProject = new HashMap<>();
		List<LineageCandidate> candidates = candidates(unit.getId(), currentProject);
		List<LineageGrouping.Project> grouped = LineageGrouping.group(candidates,
				this.decisions.findByUnitKey(unit.getNameKey()));
		Map<String, Project> existing = new HashMap<>();
		this.projects.findByUnitId(unit.getId()).forEach((project) -> existing.put(project.getAnchorKey(), project));
		if (!existing.isEmpty()) {
			this.links.deleteByProjectIds(existing.values().stream().map(Project::getId).toList());
		}
		List<Project> projectOfGroup = new ArrayList<>(grouped.size());
		for (LineageGrouping.Project group : grouped) {
			List<LineageCandidate> members = group.filings();
			String anchor = group.anchor();
			String latestName = members.get(members.size() - 1).name();
			Project project = existing.remove(anchor);
			if (project == null) {
				project = this.projects.save(new Project(unit, latestName, anchor));
			}
			else {
				project.setName(latestName);
			}
			projectOfGroup.add(project);
		}
		// New projects must exist before filings point at them; one flush writes them in
		// a batch.
		this.entityManager.flush();
		List<LineageLink> newLinks = new ArrayList<>();
		Map<Long, Long> moved = new HashMap<>();
		for (int i = 0; i < grouped.size(); i++) {
			LineageGrouping.Project group = grouped.get(i);
			Project project = projectOfGroup.get(i);
			for (LineageCandidate filing : group.filings()) {
				if (!project.getId().equals(currentProject.get(filing.id()))) {
					moved.put(filing.id(), project.getId());
				}
			}
			for (LineageGrouping.Link link : group.links()) {
				newLinks.add(new LineageLink(project, reference(link.from()), reference(link.to()), link.reason(),
						link.score()));
			}
		}
		this.rows.assignProjects(moved);
		this.links.saveAll(newLinks);
		this.projects.deleteAll(existing.values());
	}

	private List<LineageCandidate> candidates(long unitId, Map<Long, Long> currentProject) {
		Map<Long, List<Bigrams>> indicators = new HashMap<>();
		for (IndicatorKey key : this.filings.findIndicatorKeysByUnitId(unitId)) {
			indicators.computeIfAbsent(key.filingId(), (id) -> new ArrayList<>())
				.add(TextSimilarity.bigrams(key.nameKey()));
		}
		List<LineageCandidate> candidates = new ArrayList<>();
		for (FilingSummary filing : this.filings.findSummariesByUnitId(unitId)) {
			currentProject.put(filing.id(), filing.projectId());
			if (filing.year() != null && filing.projectKey() != null) {
				candidates.add(new LineageCandidate(filing.id(), filing.projectName(), filing.projectKey(),
						filing.year(), filing.kind(), TextSimilarity.bigrams(filing.annualGoal()),
						indicators.getOrDefault(filing.id(), List.of())));
			}
		}
		return candidates;
	}

	private StoredFiling reference(LineageCandidate filing) {
		return this.entityManager.getReference(StoredFiling.class, filing.id());
	}

}
