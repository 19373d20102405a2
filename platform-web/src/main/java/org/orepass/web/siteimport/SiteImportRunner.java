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
