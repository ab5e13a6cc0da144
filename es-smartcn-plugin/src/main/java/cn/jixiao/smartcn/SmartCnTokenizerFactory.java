package cn.jixiao.smartcn;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/**
 * SmartCN's sentence splitting and word segmentation without the analyzer's Porter
 * stemming and stop words, for custom analyzers.
 */
class SmartCnTokenizerFactory extends AbstractTokenizerFactory {

	SmartCnTokenizerFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
		super(indexSettings, settings, name);
	}

	@Override
	public Tokenizer create() {
		return new HMMChineseTokenizer();
	}

}
