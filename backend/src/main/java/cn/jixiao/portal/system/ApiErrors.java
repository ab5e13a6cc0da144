package cn.jixiao.portal.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * API errors as RFC 9457 problem details with a Chinese {@code detail} the pages show as
 * they are. Bad requests are worded from the bundle only: an exception's own message is
 * for developers and never reaches the page.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageBundle messages;

	ApiErrors(MessageBundle messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, this.messages.get(ex.key(), ex.arguments()));
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return badRequest(ex.key(), ex.arguments());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		boolean number = type != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type));
		return badRequest(number ? "common.badRequest.number" : "common.badRequest.invalid", ex.getName(),
				ex.getValue());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return badRequest("common.badRequest.missing", ex.getParameterName());
	}

	/** A request body that is not the JSON asked for, such as a year in words. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		logger.debug("unreadable request body: {}", ex.getMessage());
		return badRequest("common.badRequest.body");
	}

	/**
	 * Thrown where no one foresaw a bad request: a generic word, the detail in the log.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		logger.warn("bad request: {}", ex.getMessage());
		return badRequest("common.badRequest");
	}

	private ProblemDetail badRequest(String key, Object... arguments) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.get(key, arguments));
	}

}
