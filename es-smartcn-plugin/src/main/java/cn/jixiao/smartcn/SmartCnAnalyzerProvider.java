package cn.jixiao.smartcn;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * The analyzer as the Lucene index builds it: {@code new SmartChineseAnalyzer()}, with
 * SmartCN's default stop words.
 */
class SmartCnAnalyzerProvider extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {

	private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();

	SmartCnAnalyzerProvider(String name, Settings settings) {
		super(name, settings);
	}

	@Override
	public SmartChineseAnalyzer get() {
		return this.analyzer;
	}

}
