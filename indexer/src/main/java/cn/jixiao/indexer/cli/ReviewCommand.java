package cn.jixiao.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.FilingJson;
import cn.jixiao.indexer.filing.FormKind;
import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;
import cn.jixiao.indexer.review.FilingReview;
import cn.jixiao.indexer.review.ReviewContext;
import cn.jixiao.indexer.review.ReviewFinding;
import cn.jixiao.indexer.review.ReviewMessages;
import cn.jixiao.indexer.review.ReviewedForm;
import cn.jixiao.indexer.review.Severity;
import cn.jixiao.indexer.review.Suggestion;

/**
 * {@code review FILE...}: reviews each form of the files without importing them, so a
 * unit can check a draft before it files it. Without a store the rules that need history,
 * the library or peers find nothing; {@code --with-store} reads them from the configured
 * store.
 */
final class ReviewCommand {

	/**
	 * Spring Boot logs to standard output, where the review goes: the store's start-up
	 * messages (an index rebuilt …) would break the JSON. Failures still reach the error
	 * stream through the command line's error message.
	 */
	private static final String NO_CONSOLE_LOG = "--logging.threshold.console=OFF";

	private final PrintStream out;

	private final PrintStream err;

	ReviewCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<Path> paths, boolean json, boolean withStore, String[] springArgs) {
		List<ParseResult> results = ParsedFiles.read(paths, this.err);
		if (results == null) {
			return IndexerCli.UNREADABLE;
		}
		if (!withStore) {
			print(results, review(results, FilingReview.standard(), ReviewContext.none()), json);
			return IndexerCli.OK;
		}
		String[] args = Stream.concat(Stream.of(NO_CONSOLE_LOG), Arrays.stream(springArgs)).toArray(String[]::new);
		try (ConfigurableApplicationContext context = IndexerApplication.start(args)) {
			print(results, review(results, context.getBean(FilingReview.class), context.getBean(ReviewContext.class)),
					json);
			return IndexerCli.OK;
		}
	}

	private static List<ReviewedForm> review(List<ParseResult> results, FilingReview review, ReviewContext context) {
		List<ReviewedForm> reviewed = new ArrayList<>();
		for (ParseResult result : results) {
			for (Filing form : result.forms()) {
				reviewed.add(ReviewedForm.of(form, review.review(form, context)));
			}
		}
		return reviewed;
	}

	private void print(List<ParseResult> results, List<ReviewedForm> reviewed, boolean json) {
		ParseResult parsed = ParseResult.merge(results);
		byte[] text;
		try {
			// Raw UTF-8 bytes: the platform encoding of a CI shell may be ASCII.
			text = json ? FilingJson.mapper().writeValueAsBytes(new Report(reviewed, parsed.problems()))
					: text(reviewed, parsed.problems()).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("reviews are plain records and always serialise", ex);
		}
		this.out.write(text, 0, text.length);
		this.out.println();
	}

	private static String text(List<ReviewedForm> reviewed, List<ParseProblem> problems) {
		StringBuilder text = new StringBuilder();
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (ParseProblem problem : problems) {
			text.append(problem).append('\n');
		}
		for (ReviewedForm form : reviewed) {
			String kind = (form.kind() == FormKind.TRACKING) ? Glossary.TRACKING_FORM : Glossary.TARGET_FORM;
			String about = Stream.of((form.year() != null) ? kind + " " + form.year() : kind, form.unit())
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
			text.append(form.file())
				.append(" #")
				.append(form.form())
				.append(' ')
				.append(form.project())
				.append(" (")
				.append(about)
				.append(")\n");
			if (form.findings().isEmpty()) {
				text.append("  ").append(ReviewMessages.text("review.cli.none")).append('\n');
			}
			for (ReviewFinding finding : form.findings()) {
				counts.merge(finding.severity(), 1, Integer::sum);
				text.append("  ").append(line(finding)).append('\n');
			}
		}
		text.append("forms ").append(reviewed.size()).append(", findings ");
		text.append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" (");
		for (Severity severity : Severity.values()) {
			text.append((severity.ordinal() > 0) ? ", " : "")
				.append(severity.label())
				.append(' ')
				.append(counts.getOrDefault(severity, 0));
		}
		return text.append(')').toString();
	}

	private static String line(ReviewFinding finding) {
		StringBuilder line = new StringBuilder().append(finding.severity().label()).append(' ').append(finding.rule());
		if (finding.indicator() != null) {
			line.append(" [").append(finding.indicator() + 1).append("] ").append(finding.indicatorName());
		}
		line.append(": ").append(finding.explanation());
		Suggestion suggestion = finding.suggestion();
		if (suggestion != null) {
			line.append("  ")
				.append(ReviewMessages.text("review.cli.suggestion", suggestion.name(), suggestion.target(),
						suggestion.filings()));
		}
		return line.toString();
	}

	/** The JSON form: every form's review, then the problems the parser met. */
	record Report(List<ReviewedForm> forms, List<ParseProblem> problems) {
	}

}
