package cn.jixiao.indexer.review;

/**
 * The review's context on the embedded H2 store.
 */
class StoreReviewContextTest extends StoreReviewContextContract {

}
