package cn.jixiao.indexer.cli;

import java.util.List;

/**
 * The options of {@code bench-import}: its own, and the Spring properties that choose the
 * store and the index (e.g. {@code --spring.profiles.active=prod}).
 *
 * @param forms how many synthetic forms to import
 * @param scratchDatabase the database the bench may empty before and after each import,
 * or {@code null} for the embedded store in a scratch folder
 * @param discardFilings the operator agreed that the scratch database's filings go
 * @param springArgs everything else, for the Spring context of each import
 */
record ImportBenchOptions(int forms, String scratchDatabase, boolean discardFilings, List<String> springArgs) {

	private static final String FORMS = "forms";

	private static final String SCRATCH_DATABASE = "scratch-database";

	private static final String DISCARD_FILINGS = "discard-filings";

	static ImportBenchOptions of(CliArguments arguments) {
		String scratchDatabase = arguments.option(SCRATCH_DATABASE, null);
		List<String> springArgs = arguments.options()
			.stream()
			.filter((option) -> !isOwn(option, FORMS) && !isOwn(option, SCRATCH_DATABASE)
					&& !isOwn(option, DISCARD_FILINGS))
			.toList();
		return new ImportBenchOptions(Integer.parseInt(arguments.option(FORMS, "10000")),
				(scratchDatabase != null && !scratchDatabase.isBlank()) ? scratchDatabase : null,
				arguments.flag(DISCARD_FILINGS), springArgs);
	}

	private static boolean isOwn(String option, String name) {
		return option.equals("--" + name) || option.startsWith("--" + name + "=");
	}

}
