package org.orepass.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.orepass.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * {@link JobLocks} as PostgreSQL session advisory locks: the lock is held on a connection of its own for as long as
 * the job runs, while the job's work commits in transactions (chunks) of its own on other connections. If the node
 * dies, its connection closes and PostgreSQL releases the lock. Keys: {@code (hashtext('orepass-job'),
 * hashtext(job))}, so they cannot collide with other advisory locks of the platform.
 */
@Component
class PostgresJobLocks implements JobLocks {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresJobLocks.class);
    static final String TRY_LOCK = "select pg_try_advisory_lock(hashtext('orepass-job'), hashtext(?))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext('orepass-job'), hashtext(?))";

    private final DataSource dataSource;

    PostgresJobLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean runAlone(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, TRY_LOCK, job)) {
                LOG.info("Job {} is running on another node; this node skips this run.", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, UNLOCK, job);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the lock of job " + job, e);
        }
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, job);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
