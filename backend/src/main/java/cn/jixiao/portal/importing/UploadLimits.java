package cn.jixiao.portal.importing;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import cn.jixiao.portal.system.MessageBundle;

/**
 * An upload over the request limits (spring.servlet.multipart.*) fails before any
 * controller is chosen, so this advice cannot be limited to the import API; it answers
 * only upload exceptions, in Chinese.
 */
@RestControllerAdvice
class UploadLimits {

	private final MessageBundle messages;

	UploadLimits(MessageBundle messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				this.messages.get("import.requestTooLarge"));
	}

	/**
	 * Tomcat refuses the whole request when a file name holds a NUL character; the
	 * analyst hears which file, with the NUL shown as {@code \0}.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadable(MultipartException ex) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof InvalidFileNameException)) {
			cause = cause.getCause();
		}
		if (cause instanceof InvalidFileNameException invalid) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					this.messages.get("import.refused.nulInName", invalid.getName().replace("\0", "\\0")));
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.get("import.unreadableRequest"));
	}

}
