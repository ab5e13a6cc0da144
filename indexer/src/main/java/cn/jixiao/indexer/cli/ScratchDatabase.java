package cn.jixiao.indexer.cli;

import java.util.Optional;

/**
 * The database the operator gave the bench to empty ({@code --scratch-database=NAME}).
 * The name must be repeated on the command line, apart from the connection settings, so
 * that a store URL left pointing at a real database is refused rather than wiped.
 *
 * @param name the database the bench may empty
 * @param discardFilings the operator agreed to lose the filings it holds
 */
record ScratchDatabase(String name, boolean discardFilings) {

	/**
	 * Why the bench must not empty the database it is connected to, if it must not.
	 * @param connectedTo the database the store's connection uses ({@code null} when the
	 * URL names none)
	 * @param filings filings stored there now
	 */
	Optional<String> refusal(String connectedTo, long filings) {
		if (!this.name.equals(connectedTo)) {
			return Optional.of("bench-import empties the store before each import: the store is the database "
					+ connectedTo + ", not the scratch database " + this.name
					+ " named by --scratch-database; point the store's URL (MYSQL_URL) at " + this.name);
		}
		if (filings > 0 && !this.discardFilings) {
			return Optional.of("the scratch database " + this.name + " holds " + filings
					+ " filings; add --discard-filings to empty it anyway");
		}
		return Optional.empty();
	}

}
