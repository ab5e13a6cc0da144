package cn.jixiao.portal.filing;

import java.util.List;

import cn.jixiao.indexer.filing.FormKind;

/**
 * An imported file as filed: its lines (line 1 first), the forms read from it with their
 * line ranges, and the parser's problems.
 *
 * @param textKept false for a file imported before the store kept texts
 */
record SourceView(long fileId, String fileName, boolean textKept, List<String> lines, List<Form> forms,
		List<Problem> problems) {

	record Form(long filingId, String projectName, FormKind kind, Integer year, int firstLine, int lastLine) {
	}

	record Problem(Integer line, String message) {
	}

}
