package cn.jixiao.smartcn;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Lucene's SmartCN analysis under the names of Elastic's {@code analysis-smartcn} plugin,
 * which is not on Maven Central: a mapping written for production (where the official
 * plugin is installed) runs unchanged on the test server. The analyzer is the one the
 * Lucene index uses, so both backends tokenise alike.
 */
public class SmartCnAnalysisPlugin extends Plugin implements AnalysisPlugin {

	static final String ANALYZER = "smartcn";

	static final String TOKENIZER = "smartcn_tokenizer";

	static final String STOP_FILTER = "smartcn_stop";

	@Override
	public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
		return Map.of(ANALYZER,
				(indexSettings, environment, name, settings) -> new SmartCnAnalyzerProvider(name, settings));
	}

	@Override
	public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
		return Map.of(TOKENIZER, SmartCnTokenizerFactory::new);
	}

	@Override
	public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
		return Map.of(STOP_FILTER,
				(indexSettings, environment, name, settings) -> new SmartCnStopFilterFactory(name, settings));
	}

}
