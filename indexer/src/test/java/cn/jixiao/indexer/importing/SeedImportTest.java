package cn.jixiao.indexer.importing;

/**
 * The seed import on the embedded H2 store.
 */
class SeedImportTest extends SeedImportContract {

}
