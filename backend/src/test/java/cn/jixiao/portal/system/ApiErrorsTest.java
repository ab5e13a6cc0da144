package cn.jixiao.portal.system;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.jixiao.portal.SeededPortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad request is answered in the bundle's Chinese, naming the parameter at fault. */
class ApiErrorsTest extends SeededPortalTest {

	@Autowired
	private TestRestTemplate rest;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/execution?light=purple                | 参数 light 的取值“purple”无效，可选：red、yellow、over、green、none
			/api/execution?sort=colour                 | 参数 sort 的取值“colour”无效
			/api/execution?year=abc                    | 参数 year 应为数字，收到“abc”
			/api/execution/export?table=x              | 参数 table 的取值“x”无效，可选：laggards、findings
			/api/execution/export?format=pdf           | 参数 format 的取值“pdf”无效，可选：csv、xlsx
			/api/library?sort=colour                   | 参数 sort 的取值“colour”无效，可选：usage、score、name
			/api/library?page=0                        | 页码应从 1 开始
			/api/library?kind=x                        | 参数 kind 的取值“x”无效，可选：target、tracking
			/api/library/export                        | 缺少参数 format
			/api/search?type=x                         | 参数 type 的取值“x”无效，可选：indicator、project
			/api/compare/lineage?project=p             | 参数 project 应为数字
			""")
	void badRequestsAreToldInChinese(String path, String detail) {
		ResponseEntity<Map> response = this.rest.getForEntity(path, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains(detail)
			.doesNotContainPattern("[A-Za-z]{2,} [a-z]{2,}");
	}

}
