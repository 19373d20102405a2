package org.orepass.web.siteimport;

import jakarta.annotation.PreDestroy;
import java.util.List;
import org.orepass.siteimport.SiteImport;
import org.orepass.siteimport.SiteImporting;
import org.orepass.siteimport.SiteImports;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background, one at a time per node (the machines are small and an import is CPU- and
 * database-bound). The job's state is in PostgreSQL, so a sweep every minute fails the jobs of a node that died
 * and starts those queued on a node that went away before starting them.
 *
 * <p>Several nodes (issue 15): the sweep runs on every node, and may, without a job lock. Failing the silent jobs
 * is one conditional update ({@code status = 'RUNNING' and heartbeat_at < ...}) that any node may repeat; a queued
 * job is started only by the node whose conditional update QUEUED to RUNNING succeeds
 * ({@link org.orepass.siteimport.SiteImports#claim}), so two nodes never run the same file. An import's pass 2 is
 * one transaction on purpose (a file is imported whole or not at all), and it is one user's upload, not a sweep
 * over everything; its progress and heartbeat commit on their own.
 */
@Component
class SiteImportRunner {

    private final SiteImporting importing;
    private final SiteImports imports;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    SiteImportRunner(SiteImporting importing, SiteImports imports) {
        this.importing = importing;
        this.imports = imports;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("site-import-");
        executor.initialize();
    }

    /** Call once the upload has committed, so the job row is there for the worker thread. */
    void start(Long id) {
        executor.execute(() -> runAsUploader(id));
    }

    @Scheduled(initialDelay = 10_000, fixedDelay = 60_000)
    void sweep() {
        importing.recover().forEach(this::start);
    }

    /** The uploader is the "who" of every audit entry the import writes. */
    private void runAsUploader(Long id) {
        var uploader = imports.findById(id).map(SiteImport::getUsername).orElse(null);
        if (uploader == null) {
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(uploader, null, List.of()));
        try {
            importing.run(id);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A job cut short here rolls back; the sweep of a remaining node reports it as interrupted. */
    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
