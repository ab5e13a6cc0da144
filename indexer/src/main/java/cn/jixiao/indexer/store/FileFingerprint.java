package cn.jixiao.indexer.store;

/**
 * What identifies an imported file's content, and what it held.
 */
public record FileFingerprint(String name, String sha256, int formCount, int indicatorCount) {

}
