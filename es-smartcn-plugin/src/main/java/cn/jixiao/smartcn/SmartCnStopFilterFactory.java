package cn.jixiao.smartcn;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * Removes SmartCN's default stop words (mostly punctuation, which the tokenizer emits as
 * tokens).
 */
class SmartCnStopFilterFactory extends AbstractTokenFilterFactory {

	private static final CharArraySet STOP_WORDS = SmartChineseAnalyzer.getDefaultStopSet();

	SmartCnStopFilterFactory(String name, Settings settings) {
		super(name, settings);
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new StopFilter(tokenStream, STOP_WORDS);
	}

}
