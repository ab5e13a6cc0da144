package cn.jixiao.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The analysts' portal. Pages and query services arrive feature by feature (search,
 * compare, library, execution, review, drafting).
 */
@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
