package cn.jixiao.indexer.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CliArgumentsTest {

	@Test
	void parsesCommandPathsAndOptions() throws Exception {
		CliArguments arguments = CliArguments.parse("parse", "a.txt", "--json", "b.txt");
		assertThat(arguments.command()).isEqualTo("parse");
		assertThat(arguments.paths()).containsExactly(Path.of("a.txt"), Path.of("b.txt"));
		assertThat(arguments.options()).containsExactly("--json");
	}

	@Test
	void rejectsMissingOrUnknownCommands() {
		assertThatThrownBy(CliArguments::parse).isInstanceOf(CliArguments.UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("frobnicate")).hasMessageContaining("unknown command");
	}

	@Test
	void parseNeedsAFile() {
		assertThatThrownBy(() -> CliArguments.parse("parse")).hasMessageContaining("at least one file");
	}

	@Test
	void reviewFlagsAreTheCommandsOwnAndTheRestGoesToSpring() throws Exception {
		CliArguments arguments = CliArguments.parse("review", "a.txt", "--json", "--with-store",
				"--spring.profiles.active=mysql");
		assertThat(arguments.flag("json")).isTrue();
		assertThat(arguments.flag("with-store")).isTrue();
		assertThat(arguments.springOptions()).containsExactly("--spring.profiles.active=mysql");
		assertThat(CliArguments.parse("review", "a.txt").flag("json")).isFalse();
		assertThatThrownBy(() -> CliArguments.parse("review", "--json")).hasMessageContaining("at least one file");
	}

	@Test
	void benchDefaultsToTheSeeds() throws Exception {
		assertThat(CliArguments.parse("bench").paths()).isEmpty();
	}

	@Test
	void tellsBareFlagsFromValuedOptions() throws Exception {
		CliArguments arguments = CliArguments.parse("bench-import", "--discard-filings", "--forms=60");
		assertThat(arguments.flag("discard-filings")).isTrue();
		assertThat(arguments.flag("forms")).isFalse();
		assertThat(arguments.option("forms", "10000")).isEqualTo("60");
	}

}
