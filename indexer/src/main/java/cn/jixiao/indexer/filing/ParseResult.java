package cn.jixiao.indexer.filing;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms read from one or more files and the problems met on the way.
 */
public record ParseResult(List<Filing> forms, List<ParseProblem> problems) {

	public ParseResult {
		forms = List.copyOf(forms);
		problems = List.copyOf(problems);
	}

	public static ParseResult merge(List<ParseResult> results) {
		List<Filing> forms = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		for (ParseResult result : results) {
			forms.addAll(result.forms());
			problems.addAll(result.problems());
		}
		return new ParseResult(forms, problems);
	}

}
