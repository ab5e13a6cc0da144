package cn.jixiao.portal.execution;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.jixiao.portal.system.BadRequestException;

/**
 * The traffic lights of execution monitoring, worst first: the declaration order is the
 * order in which a project's lights are ranked, so its flag is the smallest one lit.
 * Overshoot ranks below yellow and above green: ahead of schedule is worth a look (a
 * target set too low, or a stock counted as a flow) but is no lag.
 */
enum Light {

	RED, YELLOW, OVER, GREEN, NONE;

	/** Budget progress below this percentage is red. */
	static final BigDecimal RED_BELOW = BigDecimal.valueOf(60);

	/** Progress from this percentage on is green (below it, and from 60, yellow). */
	static final BigDecimal GREEN_FROM = BigDecimal.valueOf(80);

	/** An indicator's progress above this percentage overshoots. */
	static final BigDecimal OVER_ABOVE = BigDecimal.valueOf(120);

	/**
	 * Budget progress: red below 60 %, yellow from 60 % to below 80 %, green from 80 %.
	 */
	static Light forBudget(BigDecimal percent) {
		if (percent == null) {
			return NONE;
		}
		if (percent.compareTo(RED_BELOW) < 0) {
			return RED;
		}
		return (percent.compareTo(GREEN_FROM) < 0) ? YELLOW : GREEN;
	}

	/** Indicator progress: as budget progress, but above 120 % it overshoots. */
	static Light forIndicator(BigDecimal percent) {
		Light light = forBudget(percent);
		return (light == GREEN && percent.compareTo(OVER_ABOVE) > 0) ? OVER : light;
	}

	/** The worse of two lights; an unlit light never hides a lit one. */
	Light worse(Light other) {
		return (other.ordinal() < ordinal()) ? other : this;
	}

	/**
	 * {@code red}, as the pages' {@code Portal.light} and the URL's {@code light=} say
	 * it.
	 */
	@JsonValue
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Light of(String code) {
		return BadRequestException.constant(Light.class, "light", code);
	}

}
