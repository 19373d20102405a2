package org.orepass.shared;

/**
 * Scheduled jobs run once across all nodes (issue 15, several nodes): a job takes its lock, shared by every node
 * through the database, for as long as it runs; a node that finds it taken skips that run. A port: persistence
 * implements it with a PostgreSQL advisory lock, which the database lets go of by itself if the node dies.
 */
public interface JobLocks {

    /** Runs the work unless another node (or thread) is running the job of that name; false when skipped. */
    boolean runAlone(String job, Runnable work);
}
