package cn.jixiao.portal.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API behind every page, described at {@code /v3/api-docs} with a Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI portalApi() {
		return new OpenAPI().info(new Info().title("预算绩效分析 API")
			.version("1")
			.description("Search, compare, indicator library, execution monitoring and import of budget "
					+ "performance filings (绩效目标申报表, 绩效跟踪表). Every page of the portal is built on these "
					+ "endpoints; tables export as CSV or Excel with format=csv|xlsx."));
	}

}
