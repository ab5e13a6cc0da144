package cn.jixiao.portal.importing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import cn.jixiao.portal.system.MessageBundle;

/**
 * An upload over the request limits (spring.servlet.multipart.*) fails before any
 * controller is chosen, so this advice cannot be limited to the import API; it answers
 * only that one exception, in Chinese.
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

}
