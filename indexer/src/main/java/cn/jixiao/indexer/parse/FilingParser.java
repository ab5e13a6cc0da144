package cn.jixiao.indexer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.indexer.filing.Filing;
import cn.jixiao.indexer.filing.ParseProblem;
import cn.jixiao.indexer.filing.ParseResult;

/**
 * Reads filing files into forms through a pipeline of small steps: decode → split cells →
 * find form boundaries → read each form (header, funds, goals, indicator table with
 * levels and values). Never throws on bad content: what it cannot read becomes a problem
 * naming the file and line.
 */
public final class FilingParser {

	private final SourceDecoder decoder = new SourceDecoder();

	private final CellSplitter cellSplitter = new CellSplitter();

	private final FormSplitter formSplitter = new FormSplitter();

	private final FormReader formReader = new FormReader();

	public ParseResult parse(Path file) throws IOException {
		return parse(file.getFileName().toString(), Files.readAllBytes(file));
	}

	/**
	 * The file's text as the parser reads it, lines joined by LF, so that line {@code n}
	 * of it is the line forms and problems name; {@code null} when the bytes are no
	 * readable text.
	 */
	public String text(String fileName, byte[] content) {
		SourceDecoder.Decoded decoded = this.decoder.decode(fileName, content);
		return (decoded.text() != null) ? String.join("\n", decoded.text().lines()) : null;
	}

	/**
	 * A cell's text as the parser reads it: markup removed, whitespace from line wrapping
	 * dropped (a space stays only between Latin letters or digits). Drafts keep their
	 * text in this form, so that the file written from a draft reads back to the same
	 * draft.
	 */
	public static String cellText(String cell) {
		return (cell != null) ? CellText.normalise(cell) : null;
	}

	public ParseResult parse(String fileName, byte[] content) {
		SourceDecoder.Decoded decoded = this.decoder.decode(fileName, content);
		if (decoded.text() == null) {
			return new ParseResult(List.of(), List.of(decoded.problem()));
		}
		List<Row> rows = this.cellSplitter.split(decoded.text());
		FormSplitter.Split split = this.formSplitter.split(fileName, rows);
		if (split.blocks().isEmpty()) {
			return new ParseResult(List.of(), List.of(new ParseProblem(fileName, null, ParseMessages.NOT_A_FILING)));
		}
		List<Filing> forms = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>(split.problems());
		if (decoded.problem() != null) {
			problems.add(decoded.problem());
		}
		for (FormBlock block : split.blocks()) {
			FormReader.Read read = this.formReader.read(fileName, forms.size() + 1, block);
			forms.add(read.filing());
			problems.addAll(read.problems());
		}
		return new ParseResult(forms, problems);
	}

}
