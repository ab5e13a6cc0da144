package cn.jixiao.portal.library;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the library's default view once the portal is up, so that the first analyst to
 * open it does not wait for the passes over every indicator (over a second on 140,000).
 */
@Component
class LibraryWarmUp {

	private final IndicatorGroups groups;

	LibraryWarmUp(IndicatorGroups groups) {
		this.groups = groups;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.groups.find(new LibraryFilter(null, null, null, null, null, null, null, null), IndicatorGroups.Sort.USAGE,
				false);
	}

}
