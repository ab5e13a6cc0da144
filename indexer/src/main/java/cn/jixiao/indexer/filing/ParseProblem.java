package cn.jixiao.indexer.filing;

/**
 * Something the parser could not read, told to the analyst in plain Chinese.
 *
 * @param file the file name
 * @param line 1-based source line, {@code null} when the problem concerns the whole file
 */
public record ParseProblem(String file, Integer line, String message) {

	@Override
	public String toString() {
		return (this.line != null) ? this.file + ":" + this.line + ": " + this.message
				: this.file + ": " + this.message;
	}

}
