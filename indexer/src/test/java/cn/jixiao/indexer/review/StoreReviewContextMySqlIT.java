package cn.jixiao.indexer.review;

import cn.jixiao.indexer.MySqlStore;

/**
 * The review's context on MariaDB/MySQL, through the {@code mysql} profile: the same SQL
 * for lineage, usual targets and peers.
 */
@MySqlStore
class StoreReviewContextMySqlIT extends StoreReviewContextContract {

}
