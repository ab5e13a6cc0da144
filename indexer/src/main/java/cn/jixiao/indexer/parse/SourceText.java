package cn.jixiao.indexer.parse;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A filing file decoded into lines; line {@code i} of the list is source line
 * {@code i + 1}.
 */
record SourceText(String fileName, Charset charset, List<String> lines) {

}
