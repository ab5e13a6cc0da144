package cn.jixiao.indexer.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Quartiles of the numbers of quantitative targets, interpolated linearly between ranks
 * (as Excel's QUARTILE.INC and R's default do), so analysts can check them in a sheet.
 *
 * @param count how many targets
 * @param min the smallest number
 * @param q1 the lower quartile
 * @param median the median
 * @param q3 the upper quartile
 * @param max the largest number
 */
public record Quartiles(long count, BigDecimal min, BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal max) {

	private static final int SCALE = 4;

	/**
	 * From each number with how often it occurs; the numbers are counted, not loaded one
	 * by one.
	 */
	public static Quartiles of(NavigableMap<BigDecimal, Long> counts) {
		long n = counts.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			throw new IllegalArgumentException("no numbers");
		}
		return new Quartiles(n, plain(counts.firstKey()), at(counts, n, 1), at(counts, n, 2), at(counts, n, 3),
				plain(counts.lastKey()));
	}

	/** From the numbers themselves. */
	public static Quartiles of(Collection<BigDecimal> numbers) {
		NavigableMap<BigDecimal, Long> counts = new TreeMap<>();
		numbers.forEach((number) -> counts.merge(number, 1L, Long::sum));
		return of(counts);
	}

	/** The value at rank quarter × (n − 1) / 4, between the two neighbouring ranks. */
	private static BigDecimal at(NavigableMap<BigDecimal, Long> counts, long n, int quarter) {
		long scaled = (n - 1) * quarter;
		long lowerRank = scaled / 4;
		BigDecimal fraction = BigDecimal.valueOf(scaled % 4).divide(BigDecimal.valueOf(4));
		BigDecimal lower = rank(counts, lowerRank);
		if (fraction.signum() == 0) {
			return plain(lower);
		}
		BigDecimal upper = rank(counts, lowerRank + 1);
		return plain(lower.add(upper.subtract(lower).multiply(fraction)));
	}

	/** The value at a 0-based rank of the sorted numbers. */
	private static BigDecimal rank(NavigableMap<BigDecimal, Long> counts, long rank) {
		long seen = 0;
		for (Map.Entry<BigDecimal, Long> entry : counts.entrySet()) {
			seen += entry.getValue();
			if (rank < seen) {
				return entry.getKey();
			}
		}
		return counts.lastKey();
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal scaled = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
		return (scaled.scale() < 0) ? scaled.setScale(0) : scaled;
	}

}
