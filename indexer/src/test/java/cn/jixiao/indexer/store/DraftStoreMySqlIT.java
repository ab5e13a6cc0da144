package cn.jixiao.indexer.store;

import cn.jixiao.indexer.MySqlStore;

/**
 * Drafts on MariaDB/MySQL, through the {@code mysql} profile and its Flyway migration.
 */
@MySqlStore
class DraftStoreMySqlIT extends DraftStoreContract {

}
