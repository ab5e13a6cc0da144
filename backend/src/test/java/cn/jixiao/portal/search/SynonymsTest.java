package cn.jixiao.portal.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynonymsTest {

	@TempDir
	Path dataDir;

	@Test
	void startsWithTheShippedList() {
		Synonyms synonyms = new Synonyms(this.dataDir.toString());
		assertThat(synonyms.groups()).contains(List.of("满意度", "满意率"), List.of("及时性", "及时率"));
		assertThat(synonyms.text()).startsWith("#");
	}

	@Test
	void expandsEachWordByEveryGroupItContains() {
		Synonyms synonyms = new Synonyms(this.dataDir.toString());
		Map<String, List<String>> alternatives = synonyms.expand(List.of("群众满意度", "培训", "完成率"));
		assertThat(alternatives).containsOnlyKeys("群众满意度", "完成率");
		assertThat(alternatives.get("群众满意度")).containsExactly("群众满意率");
		assertThat(alternatives.get("完成率")).containsExactly("完成情况", "完成度");
	}

	@Test
	void savedListIsUsedAndSurvivesARestart() throws Exception {
		Synonyms synonyms = new Synonyms(this.dataDir.toString());
		List<List<String>> groups = synonyms.save("# 说明\r\n知晓率、知晓度\n单独\n投诉率，投诉量 投诉数\n");
		assertThat(groups).containsExactly(List.of("知晓率", "知晓度"), List.of("投诉率", "投诉量", "投诉数"));
		assertThat(synonyms.expand(List.of("满意度"))).isEmpty();
		assertThat(Files.readString(this.dataDir.resolve(Synonyms.FILE_NAME))).doesNotContain("\r");
		Synonyms restarted = new Synonyms(this.dataDir.toString());
		assertThat(restarted.groups()).isEqualTo(groups);
		assertThat(restarted.expand(List.of("政策知晓率"))).containsEntry("政策知晓率", List.of("政策知晓度"));
	}

	@Test
	void refusesAHugeList() {
		Synonyms synonyms = new Synonyms(this.dataDir.toString());
		assertThatThrownBy(() -> synonyms.save("甲 乙\n".repeat(10_000))).isInstanceOf(IllegalArgumentException.class);
		assertThat(Files.exists(this.dataDir.resolve(Synonyms.FILE_NAME))).isFalse();
	}

}
