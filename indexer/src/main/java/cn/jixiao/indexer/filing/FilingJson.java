package cn.jixiao.indexer.filing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of filings, as the {@code parse} command prints it (a contract other
 * tools depend on).
 */
public final class FilingJson {

	private FilingJson() {
	}

	public static ObjectMapper mapper() {
		return new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	}

}
