package cn.jixiao.indexer.store;

/** Drafts in the embedded H2 store. */
class DraftStoreTest extends DraftStoreContract {

}
