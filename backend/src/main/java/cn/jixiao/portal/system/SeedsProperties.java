package cn.jixiao.portal.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The filings shipped with the product and whether an empty store starts with them.
 *
 * @param dir folder of the shipped filings ({@code jixiao.seeds.dir}, default
 * {@code seeds})
 * @param importOnEmpty import them when the store holds no file yet (default true)
 */
@ConfigurationProperties("jixiao.seeds")
public record SeedsProperties(@DefaultValue("seeds") String dir, @DefaultValue("true") boolean importOnEmpty) {

	/**
	 * Relative to the working directory; bound as text, since Spring would read a
	 * relative path as a resource.
	 */
	public Path folder() {
		return Path.of(this.dir);
	}

}
