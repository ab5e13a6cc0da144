package cn.jixiao.indexer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * How well parser output matches the hand-checked ground truth of the seed files: a port
 * of {@code tools/score_parse.py}, so that a test and the script agree on every figure.
 *
 * <p>
 * The parsed JSON is the {@code parse} command's contract (camelCase,
 * {@code {"forms":[...]}}); the ground truth is {@code groundtruth/seeds.json}
 * (snake_case). Where the script relies on Python semantics (its {@code str()},
 * {@code float()}, regex classes, {@code difflib}), the port reproduces them, because the
 * similarity thresholds 0.8, 0.85 and 0.9 are sensitive to every character.
 *
 * @param forms ground-truth forms matched by a parsed form (by project name)
 * @param extraForms parsed forms of ground-truth files that matched no ground-truth form
 * @param headerFields header fields, funds, execution and goal of matched forms
 * @param indicatorRecall ground-truth indicators matched by name
 * @param indicatorPrecision parsed indicators (of matched forms) that matched a
 * ground-truth indicator
 * @param levels matched indicators with the right level1 and level2, out of all
 * ground-truth indicators
 * @param nameTarget matched indicators with the exact name and target, out of all
 * ground-truth indicators
 * @param indicatorsExact indicators right in levels, name and target, out of all
 * ground-truth indicators
 * @param trackingValues planned, actual and deviation cells of matched tracking
 * indicators
 * @param files per-file forms found and indicators exact
 * @param misses what differs, as the script's {@code --verbose} lists it
 */
record GroundTruthScore(Tally forms, int extraForms, Tally headerFields, Tally indicatorRecall,
		Tally indicatorPrecision, Tally levels, Tally nameTarget, Tally indicatorsExact, Tally trackingValues,
		List<FileScore> files, List<String> misses) {

	private static final String SEED_GROUND_TRUTH = "/groundtruth/seeds.json";

	/** The script prints at most this many misses. */
	private static final int PRINTED_MISSES = 200;

	GroundTruthScore {
		files = List.copyOf(files);
		misses = List.copyOf(misses);
	}

	/** The ground truth of the five seed files, from the test resources. */
	static JsonNode seedGroundTruth() throws IOException {
		try (InputStream json = GroundTruthScore.class.getResourceAsStream(SEED_GROUND_TRUTH)) {
			return new ObjectMapper()
				.readTree(Objects.requireNonNull(json, SEED_GROUND_TRUTH + " not on the classpath"));
		}
	}

	static GroundTruthScore of(JsonNode parsed, JsonNode groundTruth) {
		return new Scorer().score(parsed, groundTruth);
	}

	/**
	 * The mean of form recall, header field accuracy, exact indicators and tracking
	 * accuracy, scaled down by the share of extra forms. Indicator precision is reported
	 * but does not count.
	 */
	double overall() {
		// Without tracking forms there are no tracking values to get wrong.
		double tracking = (this.trackingValues.total() > 0) ? this.trackingValues.ratio() : 1;
		// Same order of operations as the script, so that both print the same rounding.
		double mean = (this.forms.ratio() + this.headerFields.ratio() + this.indicatorsExact.ratio() + tracking) / 4;
		double extraPenalty = (this.extraForms == 0) ? 1
				: Math.max(0, 1 - (double) this.extraForms / this.forms.total());
		return mean * extraPenalty;
	}

	/** The script's last two lines. */
	String summary() {
		return "forms found " + this.forms.fraction() + " (+" + this.extraForms + " extra); header fields "
				+ percent(this.headerFields.ratio()) + "; indicators recall " + percent(this.indicatorRecall.ratio())
				+ " precision " + percent(this.indicatorPrecision.ratio()) + "; levels ok " + this.levels.fraction()
				+ "; name+target ok " + this.nameTarget.fraction() + "; tracking values "
				+ percent(this.trackingValues.ratio()) + "\nparse accuracy: " + percent(overall()) + " (forms "
				+ percent(this.forms.ratio()) + ", fields " + percent(this.headerFields.ratio()) + ", indicators exact "
				+ percent(this.indicatorsExact.ratio()) + ", tracking " + percent(this.trackingValues.ratio()) + ")";
	}

	/**
	 * The script's whole {@code --verbose} output: misses, per-file figures and the
	 * summary.
	 */
	String report() {
		StringBuilder report = new StringBuilder();
		this.misses.stream().limit(PRINTED_MISSES).forEach((miss) -> report.append("  ").append(miss).append('\n'));
		if (this.misses.size() > PRINTED_MISSES) {
			report.append("  … and ").append(this.misses.size() - PRINTED_MISSES).append(" more\n");
		}
		for (FileScore file : this.files) {
			report.append(file.file())
				.append(": forms ")
				.append(file.forms().fraction())
				.append(", indicators exact ")
				.append(file.indicatorsExact().fraction())
				.append('\n');
		}
		return report.append(summary()).toString();
	}

	/** Python's {@code f"{x:.1%}"}: the exact binary value rounded half-even. */
	private static String percent(double ratio) {
		return new BigDecimal(ratio * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
	}

	/**
	 * Character-level similarity of two texts after normalising them and dropping
	 * everything but letters and digits: the script's {@code textsim}.
	 */
	static double textsim(String a, String b) {
		int[] left = wordCharacters(Text.norm(a));
		int[] right = wordCharacters(Text.norm(b));
		if (left.length == 0 && right.length == 0) {
			return 1.0;
		}
		return SequenceMatcher.ratio(left, right);
	}

	/** Python's {@code re.sub(r'[\W_]+', '', s or '')} as code points. */
	private static int[] wordCharacters(String text) {
		return (text != null) ? text.codePoints().filter(Text::isPythonAlphanumeric).toArray() : new int[0];
	}

	/**
	 * Hits out of a total.
	 *
	 * @param hits how many were right
	 * @param total how many there were
	 */
	record Tally(int hits, int total) {

		double ratio() {
			return (this.total != 0) ? (double) this.hits / this.total : 0;
		}

		String fraction() {
			return this.hits + "/" + this.total;
		}

	}

	/**
	 * The per-file line of the report.
	 *
	 * @param file the seed file name
	 * @param forms ground-truth forms found
	 * @param indicatorsExact indicators right in levels, name and target
	 */
	record FileScore(String file, Tally forms, Tally indicatorsExact) {

	}

	/**
	 * The script's text helpers: {@code norm}, Python's {@code str()} of a JSON value,
	 * and the character classes of Python's {@code re} on {@code str} patterns, which are
	 * Unicode-wide unlike Java's defaults.
	 */
	static final class Text {

		/**
		 * Python's {@code \s}: exactly the characters for which {@code str.isspace()}
		 * holds.
		 */
		private static final String PYTHON_SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

		private static final Pattern TAG = Pattern.compile("<[^>]+>");

		private static final Pattern LATEX_GEQ = Pattern.compile("\\$\\\\geq" + PYTHON_SPACE + "*");

		private static final Pattern LATEX_LEQ = Pattern.compile("\\$\\\\leq" + PYTHON_SPACE + "*");

		private static final Pattern SPACES = Pattern.compile(PYTHON_SPACE + "+");

		/**
		 * Full-width punctuation folded to ASCII, position by position ({@code FOLD} in
		 * the script).
		 */
		private static final String FOLD_FROM = "（）：，＝﹦≧≦％";

		private static final String FOLD_TO = "():,==≥≤%";

		private Text() {
		}

		/**
		 * The script's {@code norm}: without tags, LaTeX and whitespace, with full-width
		 * punctuation and {@code >=}/{@code <=} folded. {@code null} stays {@code null}.
		 */
		static String norm(String text) {
			if (text == null) {
				return null;
			}
			String s = TAG.matcher(text).replaceAll("");
			s = fold(s).replace(">=", "≥").replace("<=", "≤");
			s = LATEX_GEQ.matcher(s).replaceAll("≥");
			s = LATEX_LEQ.matcher(s).replaceAll("≤");
			s = s.replace("\\%$", "%").replace("$", "");
			return SPACES.matcher(s).replaceAll("");
		}

		private static String fold(String text) {
			StringBuilder folded = new StringBuilder(text.length());
			for (char c : text.toCharArray()) {
				int at = FOLD_FROM.indexOf(c);
				folded.append((at >= 0) ? FOLD_TO.charAt(at) : c);
			}
			return folded.toString();
		}

		/**
		 * Python's {@code \w} minus {@code _}: letters and anything numeric, including ①
		 * and ½ (which Java's {@code \w} lacks) and excluding combining marks (which
		 * Java's Unicode {@code \w} has).
		 */
		static boolean isPythonAlphanumeric(int codePoint) {
			int type = Character.getType(codePoint);
			return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
					|| type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
		}

		/**
		 * Python's {@code str()} of a JSON value, {@code null} for JSON null or an absent
		 * value. Objects and arrays get their JSON text: like Python's repr of a dict, it
		 * equals no field text.
		 */
		static String str(JsonNode value) {
			if (value == null || value.isNull()) {
				return null;
			}
			if (value.isTextual()) {
				return value.textValue();
			}
			if (value.isBoolean()) {
				return value.booleanValue() ? "True" : "False";
			}
			if (value.isFloatingPointNumber()) {
				return pythonFloat(value.doubleValue());
			}
			if (value.isIntegralNumber()) {
				return value.bigIntegerValue().toString();
			}
			return value.toString();
		}

		/**
		 * Python's f-string {@code {x}}: like {@link #str} but {@code None} for a missing
		 * value.
		 */
		static String display(JsonNode value) {
			String text = str(value);
			return (text != null) ? text : "None";
		}

		/** Python's {@code {x!r}}, close enough for a message: strings quoted. */
		static String repr(JsonNode value) {
			return (value != null && value.isTextual()) ? "'" + value.textValue() + "'" : display(value);
		}

		/**
		 * Python's {@code repr(float)}: shortest digits, positional between 1e-4 and
		 * 1e16, always with a fraction or an exponent ({@code 30886500.0}, not Java's
		 * {@code 3.08865E7}).
		 */
		static String pythonFloat(double value) {
			if (Double.isNaN(value)) {
				return "nan";
			}
			if (Double.isInfinite(value)) {
				return (value > 0) ? "inf" : "-inf";
			}
			if (value == 0) {
				return (1 / value < 0) ? "-0.0" : "0.0";
			}
			BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
			int exponent = decimal.precision() - decimal.scale() - 1;
			if (exponent < -4 || exponent >= 16) {
				String digits = decimal.unscaledValue().abs().toString();
				String mantissa = (digits.length() == 1) ? digits : digits.charAt(0) + "." + digits.substring(1);
				return ((value < 0) ? "-" : "") + mantissa + "e" + ((exponent < 0) ? "-" : "+")
						+ String.format("%02d", Math.abs(exponent));
			}
			String plain = decimal.toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}

	}

	/**
	 * Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()} over
	 * code points. Its matching blocks are not a longest common subsequence: it takes the
	 * longest common block (the earliest in {@code a}, then in {@code b}) and recurses on
	 * both sides of it, so the ratio can be lower than the LCS would give and can differ
	 * when {@code a} and {@code b} swap.
	 */
	static final class SequenceMatcher {

		private SequenceMatcher() {
		}

		static double ratio(int[] a, int[] b) {
			int length = a.length + b.length;
			return (length != 0) ? 2.0 * matchingCharacters(a, b) / length : 1.0;
		}

		/** Total size of {@code get_matching_blocks()}. */
		private static int matchingCharacters(int[] a, int[] b) {
			Map<Integer, List<Integer>> positionsInB = new HashMap<>();
			for (int j = 0; j < b.length; j++) {
				positionsInB.computeIfAbsent(b[j], (character) -> new ArrayList<>()).add(j);
			}
			int matched = 0;
			Deque<int[]> ranges = new ArrayDeque<>();
			ranges.push(new int[] { 0, a.length, 0, b.length });
			while (!ranges.isEmpty()) {
				int[] range = ranges.pop();
				int aLow = range[0];
				int aHigh = range[1];
				int bLow = range[2];
				int bHigh = range[3];
				Match match = longestMatch(a, positionsInB, aLow, aHigh, bLow, bHigh);
				if (match.size() > 0) {
					matched += match.size();
					if (aLow < match.a() && bLow < match.b()) {
						ranges.push(new int[] { aLow, match.a(), bLow, match.b() });
					}
					if (match.a() + match.size() < aHigh && match.b() + match.size() < bHigh) {
						ranges.push(new int[] { match.a() + match.size(), aHigh, match.b() + match.size(), bHigh });
					}
				}
			}
			return matched;
		}

		/**
		 * {@code find_longest_match}: for each position in {@code a}, the length of the
		 * common block ending there and at each position in {@code b}; a strictly longer
		 * block replaces the best so far, so ties go to the earliest. Without junk the
		 * script's extension loops never fire, so they are left out.
		 */
		private static Match longestMatch(int[] a, Map<Integer, List<Integer>> positionsInB, int aLow, int aHigh,
				int bLow, int bHigh) {
			Match best = new Match(aLow, bLow, 0);
			Map<Integer, Integer> blockEndingAt = new HashMap<>();
			for (int i = aLow; i < aHigh; i++) {
				Map<Integer, Integer> blockEndingNext = new HashMap<>();
				for (int j : positionsInB.getOrDefault(a[i], List.of())) {
					if (j < bLow) {
						continue;
					}
					if (j >= bHigh) {
						break;
					}
					int size = blockEndingAt.getOrDefault(j - 1, 0) + 1;
					blockEndingNext.put(j, size);
					if (size > best.size()) {
						best = new Match(i - size + 1, j - size + 1, size);
					}
				}
				blockEndingAt = blockEndingNext;
			}
			return best;
		}

		private record Match(int a, int b, int size) {

		}

	}

	/**
	 * An amount as the script's {@code num} reads it: a number rounded to cents, or
	 * {@link #UNREADABLE}; {@code null} stands for an absent amount.
	 */
	private record Amount(double value) {

		/** The script's {@code 'NaN'} string: equal to itself, unequal to any number. */
		static final Amount UNREADABLE = new Amount(Double.NaN);

		/**
		 * Python's {@code float()} of a string, less its rarely met extras (underscores,
		 * inf, non-ASCII digits).
		 */
		private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

		static Amount of(JsonNode value) {
			if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
				return null;
			}
			if (value.isNumber()) {
				return rounded(value.doubleValue());
			}
			String text = Text.str(value).replace(",", "").strip();
			return DECIMAL.matcher(text).matches() ? rounded(Double.parseDouble(text)) : UNREADABLE;
		}

		/** Python's {@code round(x, 2)}: the exact binary value rounded half-even. */
		private static Amount rounded(double value) {
			if (Double.isInfinite(value)) {
				return new Amount(value);
			}
			return new Amount(new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue());
		}

		static boolean same(Amount got, Amount want) {
			if (got == null || want == null || got == UNREADABLE || want == UNREADABLE) {
				return got == want;
			}
			return got.value == want.value;
		}

		static boolean isZero(Amount amount) {
			return amount != null && amount != UNREADABLE && amount.value == 0;
		}

		static String display(Amount amount) {
			if (amount == null) {
				return "None";
			}
			return (amount == UNREADABLE) ? "NaN" : Text.pythonFloat(amount.value);
		}

	}

	/**
	 * One scoring run: the script's {@code tot} counters and misses, filled file by file.
	 */
	private static final class Scorer {

		private static final double FORM_MATCH = 0.8;

		private static final double INDICATOR_MATCH = 0.85;

		private static final double GOAL_MATCH = 0.9;

		/**
		 * Text header fields that may have ground-truth alternatives, parsed name first.
		 */
		private static final String[][] TEXT_FIELDS = { { "projectName", "project_name" },
				{ "department", "department" }, { "unit", "unit" }, { "projectNature", "project_nature" },
				{ "projectCategory", "project_category" } };

		private static final String[][] FUNDS = { { "total", "total_requested" }, { "fiscal", "fiscal" },
				{ "carryover", "carryover" }, { "other", "other" } };

		private static final String[][] EXECUTION = { { "initialBudget", "initial_budget" },
				{ "periodBudget", "period_budget" }, { "periodExecuted", "period_executed" },
				{ "ratePercent", "rate_percent" } };

		private static final String[] TRACKING_CELLS = { "planned", "actual", "deviation" };

		private final List<String> misses = new ArrayList<>();

		private final List<FileScore> files = new ArrayList<>();

		private int formsTotal;

		private int formsFound;

		private int extraForms;

		private int fields;

		private int fieldsOk;

		private int indicatorsTotal;

		private int indicatorsParsed;

		private int indicatorsMatched;

		private int levelsOk;

		private int nameTargetOk;

		private int indicatorsExact;

		private int trackingValues;

		private int trackingOk;

		GroundTruthScore score(JsonNode parsed, JsonNode groundTruth) {
			Map<String, List<JsonNode>> parsedByFile = parsedFormsByFile(parsed);
			SortedSet<String> fileNames = new TreeSet<>();
			groundTruth.forEach((form) -> fileNames.add(form.path("file").asText()));
			for (String fileName : fileNames) {
				List<JsonNode> truthForms = new ArrayList<>();
				groundTruth.forEach((form) -> {
					if (fileName.equals(form.path("file").asText())) {
						truthForms.add(form);
					}
				});
				scoreFile(fileName, truthForms, parsedByFile.getOrDefault(fileName, List.of()));
			}
			return new GroundTruthScore(new Tally(this.formsFound, this.formsTotal), this.extraForms,
					new Tally(this.fieldsOk, this.fields), new Tally(this.indicatorsMatched, this.indicatorsTotal),
					new Tally(this.indicatorsMatched, this.indicatorsParsed),
					new Tally(this.levelsOk, this.indicatorsTotal), new Tally(this.nameTargetOk, this.indicatorsTotal),
					new Tally(this.indicatorsExact, this.indicatorsTotal),
					new Tally(this.trackingOk, this.trackingValues), this.files, this.misses);
		}

		/**
		 * Parsed forms keyed by the last path segment of their source. Forms of files the
		 * ground truth does not cover are never looked at, so they count neither as found
		 * nor as extra.
		 */
		private static Map<String, List<JsonNode>> parsedFormsByFile(JsonNode parsed) {
			JsonNode forms = (parsed.isObject() && parsed.has("forms")) ? parsed.get("forms") : parsed;
			Map<String, List<JsonNode>> byFile = new HashMap<>();
			for (JsonNode form : forms) {
				String source = Text.str(get(form, "source", "file"));
				source = (source != null) ? source.substring(source.lastIndexOf('/') + 1) : "";
				byFile.computeIfAbsent(source, (file) -> new ArrayList<>()).add(form);
			}
			return byFile;
		}

		private void scoreFile(String fileName, List<JsonNode> truthForms, List<JsonNode> parsedForms) {
			int foundBefore = this.formsFound;
			int indicatorsBefore = this.indicatorsTotal;
			int exactBefore = this.indicatorsExact;
			boolean[] used = new boolean[parsedForms.size()];
			int usedCount = 0;
			for (JsonNode truth : truthForms) {
				this.formsTotal++;
				String where = fileName + " #" + Text.display(truth.get("index"));
				int match = bestMatch(parsedForms, used, (form) -> get(form, "projectName", "project_name"),
						Text.str(truth.get("project_name")), FORM_MATCH);
				if (match < 0) {
					this.misses.add(where + " " + Text.display(truth.get("project_name")) + ": form not found");
					// Its indicators count as missing, its header fields not at all.
					this.indicatorsTotal += truth.path("indicators").size();
					continue;
				}
				used[match] = true;
				usedCount++;
				this.formsFound++;
				scoreForm(where, truth, parsedForms.get(match));
			}
			this.extraForms += parsedForms.size() - usedCount;
			this.files.add(new FileScore(fileName, new Tally(this.formsFound - foundBefore, truthForms.size()),
					new Tally(this.indicatorsExact - exactBefore, this.indicatorsTotal - indicatorsBefore)));
		}

		/**
		 * Greedy matching: the unused candidate whose name is most similar, the first one
		 * on a tie, or -1 when none reaches the threshold.
		 */
		private static int bestMatch(List<JsonNode> candidates, boolean[] used, Function<JsonNode, JsonNode> nameOf,
				String name, double threshold) {
			int best = -1;
			double bestSimilarity = 0;
			for (int i = 0; i < candidates.size(); i++) {
				double similarity = used[i] ? 0 : textsim(Text.str(nameOf.apply(candidates.get(i))), name);
				if (similarity > bestSimilarity) {
					bestSimilarity = similarity;
					best = i;
				}
			}
			return (bestSimilarity >= threshold) ? best : -1;
		}

		private void scoreForm(String where, JsonNode truth, JsonNode form) {
			JsonNode alt = get(truth, "alt");
			field(where, "kind", get(form, "kind"), truth.get("kind"), List.of());
			field(where, "year", get(form, "year"), truth.get("year"), List.of());
			for (String[] names : TEXT_FIELDS) {
				field(where, names[0], get(form, names[0]), truth.get(names[1]), formAlternatives(get(alt, names[1])));
			}
			if ("target".equals(truth.path("kind").asText())) {
				field(where, "startDate", get(form, "startDate"), truth.get("start_date"), List.of());
				field(where, "endDate", get(form, "endDate"), truth.get("end_date"), List.of());
			}
			else {
				field(where, "trackingPeriod", trackingPeriod(get(form, "trackingPeriod")),
						truth.get("tracking_period"), List.of());
			}
			scoreFunds(where, truth.path("funds"), get(form, "funds"));
			if ("tracking".equals(truth.path("kind").asText())) {
				scoreExecution(where, truth.path("execution"), get(form, "execution"));
			}
			scoreGoal(where, get(form, "annualGoal"), truth.get("annual_goal"),
					formAlternatives(get(alt, "annual_goal")));
			scoreIndicators(where, truth, get(form, "indicators"));
		}

		/**
		 * The script's {@code alts_of}: a list as is, a single value as a list of one;
		 * null means none.
		 */
		private static List<JsonNode> formAlternatives(JsonNode alternative) {
			if (alternative == null) {
				return List.of();
			}
			List<JsonNode> alternatives = new ArrayList<>();
			if (alternative.isArray()) {
				alternative.forEach(alternatives::add);
			}
			else {
				alternatives.add(alternative);
			}
			return alternatives;
		}

		/**
		 * A tracking period given as {@code {"from","to"}} is compared as
		 * {@code from..to}.
		 */
		private static JsonNode trackingPeriod(JsonNode period) {
			if (period == null || !period.isObject()) {
				return period;
			}
			return TextNode.valueOf(Text.display(period.get("from")) + ".." + Text.display(period.get("to")));
		}

		private void field(String where, String name, JsonNode got, JsonNode want, List<JsonNode> alternatives) {
			this.fields++;
			if (sameText(got, want, alternatives)) {
				this.fieldsOk++;
			}
			else {
				this.misses.add(where + " " + name + ": got " + Text.repr(got) + " want " + Text.repr(want));
			}
		}

		/**
		 * Blank and absent amounts are accepted where the ground truth has none; zero is
		 * too.
		 */
		private void scoreFunds(String where, JsonNode truth, JsonNode funds) {
			for (String[] names : FUNDS) {
				JsonNode want = get(truth, names[1]);
				Amount got = Amount.of(get(funds, names[0]));
				this.fields++;
				if (Amount.same(got, Amount.of(want)) || (want == null && (got == null || Amount.isZero(got)))) {
					this.fieldsOk++;
				}
				else {
					this.misses.add(where + " funds." + names[0] + ": got " + Amount.display(got) + " want "
							+ Text.display(want));
				}
			}
		}

		private void scoreExecution(String where, JsonNode truth, JsonNode execution) {
			for (String[] names : EXECUTION) {
				JsonNode want = get(truth, names[1]);
				Amount got = Amount.of(get(execution, names[0]));
				this.fields++;
				if (Amount.same(got, Amount.of(want))) {
					this.fieldsOk++;
				}
				else {
					this.misses.add(where + " execution." + names[0] + ": got " + Amount.display(got) + " want "
							+ Text.display(want));
				}
			}
		}

		/** Goals are long prose, compared fuzzily. */
		private void scoreGoal(String where, JsonNode got, JsonNode want, List<JsonNode> alternatives) {
			this.fields++;
			String goal = Text.str(got);
			boolean ok = textsim(goal, Text.str(want)) >= GOAL_MATCH || alternatives.stream()
				.anyMatch((alternative) -> textsim(goal, Text.str(alternative)) >= GOAL_MATCH);
			if (ok) {
				this.fieldsOk++;
			}
			else {
				this.misses.add(where + " annualGoal differs");
			}
		}

		private void scoreIndicators(String where, JsonNode truth, JsonNode indicators) {
			List<JsonNode> parsed = new ArrayList<>();
			if (indicators != null && indicators.isArray()) {
				indicators.forEach(parsed::add);
			}
			boolean[] used = new boolean[parsed.size()];
			this.indicatorsParsed += parsed.size();
			boolean tracking = "tracking".equals(truth.path("kind").asText());
			for (JsonNode wanted : truth.path("indicators")) {
				this.indicatorsTotal++;
				int match = bestMatch(parsed, used, (indicator) -> get(indicator, "name"), Text.str(wanted.get("name")),
						INDICATOR_MATCH);
				if (match < 0) {
					this.misses.add(where + " indicator missing: " + Text.display(wanted.get("name")));
					continue;
				}
				used[match] = true;
				this.indicatorsMatched++;
				scoreIndicator(where, wanted, parsed.get(match), tracking);
			}
		}

		private void scoreIndicator(String where, JsonNode wanted, JsonNode indicator, boolean tracking) {
			JsonNode alt = get(wanted, "alt");
			String what = where + " " + Text.display(wanted.get("name"));
			JsonNode target = get(indicator, "target");
			if (target != null && target.isObject()) {
				target = isTruthy(target.get("raw")) ? target.get("raw") : target.get("text");
			}
			boolean nameOk = Objects.equals(Text.norm(Text.str(get(indicator, "name"))),
					Text.norm(Text.str(wanted.get("name"))));
			boolean levelsOk = sameText(get(indicator, "level1"), wanted.get("level1"),
					truthyAlternative(alt, "level1"))
					&& sameText(get(indicator, "level2"), wanted.get("level2"), truthyAlternative(alt, "level2"));
			boolean targetOk = sameText(target, wanted.get("target"), truthyAlternative(alt, "target"));
			if (levelsOk) {
				this.levelsOk++;
			}
			else {
				this.misses.add(what + ": levels " + Text.display(get(indicator, "level1")) + "/"
						+ Text.display(get(indicator, "level2")) + " want " + Text.display(wanted.get("level1")) + "/"
						+ Text.display(wanted.get("level2")));
			}
			if (targetOk && nameOk) {
				this.nameTargetOk++;
			}
			else {
				this.misses.add(what + ": name/target " + Text.repr(get(indicator, "name")) + " " + Text.repr(target)
						+ " want " + Text.repr(wanted.get("target")));
			}
			if (levelsOk && targetOk && nameOk) {
				this.indicatorsExact++;
			}
			if (tracking) {
				scoreTrackingCells(what, wanted, indicator, alt);
			}
		}

		private void scoreTrackingCells(String what, JsonNode wanted, JsonNode indicator, JsonNode alt) {
			for (String cell : TRACKING_CELLS) {
				this.trackingValues++;
				// Dropped when null: {"deviation": null} offers nothing.
				JsonNode alternative = get(alt, cell);
				List<JsonNode> alternatives = (alternative != null) ? List.of(alternative) : List.of();
				if (sameText(get(indicator, cell), wanted.get(cell), alternatives)) {
					this.trackingOk++;
				}
				else {
					this.misses.add(what + "." + cell + ": got " + Text.repr(get(indicator, cell)) + " want "
							+ Text.repr(wanted.get(cell)));
				}
			}
		}

		/**
		 * Level and target alternatives count only when truthy (an empty string offers
		 * nothing).
		 */
		private static List<JsonNode> truthyAlternative(JsonNode alt, String name) {
			JsonNode alternative = get(alt, name);
			return isTruthy(alternative) ? List.of(alternative) : List.of();
		}

		/**
		 * The script's {@code eq_text}: equal after {@code norm} to the wanted value or
		 * an alternative, or blank where all of them are blank.
		 */
		private static boolean sameText(JsonNode got, JsonNode want, List<JsonNode> alternatives) {
			List<String> wanted = new ArrayList<>();
			wanted.add(Text.norm(Text.str(want)));
			alternatives.forEach((alternative) -> wanted.add(Text.norm(Text.str(alternative))));
			String normalised = Text.norm(Text.str(got));
			return wanted.stream().anyMatch((text) -> Objects.equals(normalised, text))
					|| (isBlank(normalised) && wanted.stream().allMatch(Scorer::isBlank));
		}

		private static boolean isBlank(String text) {
			return text == null || text.isEmpty();
		}

		/** Python's truthiness of a JSON value. */
		private static boolean isTruthy(JsonNode value) {
			if (value == null || value.isNull()) {
				return false;
			}
			if (value.isTextual()) {
				return !value.textValue().isEmpty();
			}
			if (value.isNumber()) {
				return value.doubleValue() != 0;
			}
			if (value.isBoolean()) {
				return value.booleanValue();
			}
			return value.size() > 0;
		}

		/**
		 * The script's {@code get}: the value of the first of the names the object has,
		 * even when that value is JSON null (returned as {@code null}, like a missing
		 * one).
		 */
		private static JsonNode get(JsonNode object, String... names) {
			if (object == null || !object.isObject()) {
				return null;
			}
			for (String name : names) {
				if (object.has(name)) {
					JsonNode value = object.get(name);
					return value.isNull() ? null : value;
				}
			}
			return null;
		}

	}

}
