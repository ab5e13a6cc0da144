package cn.jixiao.portal.execution;

/**
 * The filters of the monitoring page, as its URL carries them; {@code null} means all.
 */
record ExecutionFilter(String unit, String department, Integer year, Light light) {

	static ExecutionFilter of(String unit, String department, Integer year, String light) {
		return new ExecutionFilter(blankToNull(unit), blankToNull(department), year,
				(light == null || light.isBlank()) ? null : Light.of(light));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
