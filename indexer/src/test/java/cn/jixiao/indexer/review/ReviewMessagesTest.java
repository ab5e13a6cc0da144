package cn.jixiao.indexer.review;

import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewMessagesTest {

	@Test
	void fillsArgumentsIntoTheChineseText() {
		assertThat(ReviewMessages.text("review.vague", "提升", "提升")).isEqualTo("指标值“提升”只说了方向（“提升”），没有可衡量的目标");
		assertThat(ReviewMessages.text("review.target.missing")).isEqualTo("未填写指标值");
	}

	@Test
	void aKeyTheBundleDoesNotHaveIsAnError() {
		assertThatExceptionOfType(MissingResourceException.class)
			.isThrownBy(() -> ReviewMessages.text("review.no.such.key"));
	}

	@Test
	void severitiesAreNamedAsTheGlossaryNamesThem() {
		assertThat(Severity.ERROR.label()).isEqualTo("错误");
		assertThat(Severity.WARNING.label()).isEqualTo("警告");
		assertThat(Severity.NOTE.label()).isEqualTo("提示");
	}

}
