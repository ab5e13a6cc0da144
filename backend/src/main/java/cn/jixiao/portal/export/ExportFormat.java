package cn.jixiao.portal.export;

import java.util.Locale;

import org.springframework.http.MediaType;

import cn.jixiao.portal.system.BadRequestException;

/** The download formats every table offers. */
public enum ExportFormat {

	CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),

	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/** {@code csv} or {@code xlsx}, in any case. */
	public static ExportFormat of(String name) {
		for (ExportFormat format : values()) {
			if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw BadRequestException.invalid("format", name, "csv", "xlsx");
	}

}
