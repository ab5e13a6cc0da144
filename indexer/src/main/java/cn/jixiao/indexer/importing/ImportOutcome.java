package cn.jixiao.indexer.importing;

import java.util.List;

import cn.jixiao.indexer.filing.ParseProblem;

/**
 * The result of importing one file, with the parser's problems (file and line) for the
 * analyst.
 */
public record ImportOutcome(String fileName, ImportStatus status, int forms, int indicators,
		List<ParseProblem> problems) {

	public ImportOutcome {
		problems = List.copyOf(problems);
	}

	public boolean stored() {
		return this.status == ImportStatus.IMPORTED || this.status == ImportStatus.REPLACED;
	}

}
