package cn.jixiao.indexer.importing;

import cn.jixiao.indexer.MySqlStore;

/**
 * The seed import on MariaDB/MySQL, through the {@code mysql} profile and its Flyway
 * migration.
 */
@MySqlStore
class SeedImportMySqlIT extends SeedImportContract {

}
