package cn.jixiao.portal.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jixiao.indexer.filing.Glossary;
import cn.jixiao.indexer.filing.Taxonomy;

/**
 * The glossary's Chinese domain terms by constant name ({@code UNIT} → 实施单位), for the
 * pages' scripts: the same words the parser reads are the words the pages show.
 */
final class GlossaryTerms {

	private static final Map<String, Object> TERMS = collect();

	private GlossaryTerms() {
	}

	static Map<String, Object> all() {
		return TERMS;
	}

	private static Map<String, Object> collect() {
		Map<String, Object> terms = new LinkedHashMap<>();
		for (Field field : Glossary.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					terms.put(field.getName(), field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		Map<String, Object> levels = new LinkedHashMap<>();
		Taxonomy.level1Labels().forEach((level1) -> levels.put(level1, Taxonomy.level2Labels(level1)));
		terms.put("TAXONOMY", levels);
		return Collections.unmodifiableMap(terms);
	}

}
