package cn.jixiao.indexer.parse;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import cn.jixiao.indexer.filing.TrackingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTest {

	private final HeaderReader reader = new HeaderReader();

	@Test
	void readsEachFieldFromTheCellAfterItsLabelWhateverTheColumn() {
		HeaderFields header = this.reader.read(TestRows.of("财政项目支出绩效目标申报表\t\t\t\t\t\t", "(2025 年度)\t\t\t\t\t\t",
				"项目名称\t网络信息系统开发、升级、建设 (历年已批复)\t\t项目性质\t其他一次性项目\t项目类别\t特定目标类",
				"主管部门\t上海市松江区人力资源和社会保障局\t\t实施单位\t上海市松江区人力资源和社会保障局(本级)\t\t",
				"计划开始日期\t2025-01-01\t\t计划完成日期\t2025-12-31\t\t"));
		assertThat(header.year()).isEqualTo(2025);
		assertThat(header.projectName()).isEqualTo("网络信息系统开发、升级、建设(历年已批复)");
		assertThat(header.projectNature()).isEqualTo("其他一次性项目");
		assertThat(header.projectCategory()).isEqualTo("特定目标类");
		assertThat(header.department()).isEqualTo("上海市松江区人力资源和社会保障局");
		assertThat(header.unit()).isEqualTo("上海市松江区人力资源和社会保障局(本级)");
		assertThat(header.startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(header.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void labelFollowedByAnotherLabelHasNoValue() {
		HeaderFields header = this.reader.read(TestRows.of("财政项目支出绩效目标申报表", "(2025 年度)",
				"项目名称\t公共服务能力建设\t\t项目性质\t其他经常性项目\t\t", "主管部门\t\t实施单位\t上海市松江区就业促进中心"));
		assertThat(header.projectCategory()).isNull();
		assertThat(header.department()).isNull();
		assertThat(header.unit()).isEqualTo("上海市松江区就业促进中心");
	}

	@Test
	void olderLayoutKeepsTheValueUnderTheLabelItIsPrintedWith() {
		HeaderFields header = this.reader
			.read(TestRows.of("## 财政项目支出绩效目标申报表", "( 2022年度 )", "项目名称\t社会保险服务费\t项目类别\t经常性项目\t"));
		assertThat(header.year()).isEqualTo(2022);
		assertThat(header.projectCategory()).isEqualTo("经常性项目");
		assertThat(header.projectNature()).isNull();
	}

	@Test
	void trackingFormTakesItsYearFromTheTrackingPeriod() {
		HeaderFields header = this.reader
			.read(TestRows.of("财政项目支出绩效跟踪表", "跟踪时段：（ 2024年1月 至 2024年8月 ）", "项目名称\t\t鉴定、认定费\t\t\t\t\t\t"));
		assertThat(header.trackingPeriod()).isEqualTo(new TrackingPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 8)));
		assertThat(header.year()).isEqualTo(2024);
		assertThat(header.projectName()).isEqualTo("鉴定、认定费");
	}

	@Test
	void readsDatesWrittenInChinese() {
		assertThat(HeaderReader.dateOf("2026年1月1日")).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(HeaderReader.dateOf("2026/02/30")).isNull();
		assertThat(HeaderReader.dateOf("年初")).isNull();
	}

}
