package org.orepass.siteimport;

import org.orepass.siteimport.internal.SiteImportFile;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.site.SiteAccessDenied;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the sites of a CSV file, all or none. Pass 1 reads and checks every row with the same rules as the
 * site form ({@link SiteRegistration#check}) and saves nothing; only a file without a single problem goes on to
 * pass 2, which registers every row in one transaction. A row that fails in pass 2 (someone registered the same
 * national id meanwhile) rolls the whole transaction back, so a file is never half imported.
 */
@Service
public class SiteImporting {

    /** A bigger file is better split: the job, its text and its report stay a reasonable size. */
    public static final int MAX_ROWS = 20_000;
    /** A running job writes its progress at least this often; silence much longer means its node died. */
    public static final Duration SILENCE_BEFORE_ABANDONED = Duration.ofMinutes(5);

    static final String FAILED_ROWS = "siteimport.failed.rows";
    static final String FAILED_INTERRUPTED = "siteimport.failed.interrupted";
    static final String FAILED_ACCOUNT = "siteimport.failed.account";
    static final String FAILED_UNEXPECTED = "siteimport.failed.unexpected";

    private static final Logger LOG = LoggerFactory.getLogger(SiteImporting.class);
    private static final int PROGRESS_EVERY = 100;

    private final SiteImports imports;
    private final SiteRegistration registration;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SiteImporting(SiteImports imports, SiteRegistration registration, UserAccounts accounts,
            Organisations organisations, TransactionTemplate transaction, Clock clock) {
        this.imports = imports;
        this.registration = registration;
        this.accounts = accounts;
        this.organisations = organisations;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Only those who may register sites may import them; which countries, each row's check decides. */
    public static boolean mayImport(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR);
    }

    /** Queues the file (already decoded); the caller starts {@link #run} once this has committed. */
    public SiteImport upload(Actor actor, String fileName, String text) {
        if (!mayImport(actor)) {
            throw new SiteAccessDenied("import sites");
        }
        var file = SiteImportFile.parse(text);
        if (file.header().isEmpty() || file.records().isEmpty()) {
            throw new DomainRuleViolation("file", "siteimport.file.empty");
        }
        if (file.records().size() > MAX_ROWS) {
            throw new DomainRuleViolation("file", "siteimport.file.too-many-rows", MAX_ROWS);
        }
        var name = fileName == null || fileName.isBlank() ? "sites.csv" : fileName.strip();
        return transaction.execute(status -> imports.add(SiteImport.queue(actor.username(), actor.organisationId(),
                name.length() > 255 ? name.substring(0, 255) : name, text, file.records().size(),
                clock.instant())));
    }

    /** The job, for its uploader or an administrator; anyone else is told it does not exist. */
    public SiteImport job(Actor actor, Long id) {
        return imports.findById(id).filter(job -> job.isOwnedBy(actor.username()) || actor.has(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("SiteImport", id));
    }

    public List<ImportReportLine> report(Actor actor, Long id) {
        return imports.report(job(actor, id).getId());
    }

    /**
     * Runs a queued job to its end; returns at once when another node took it first. The uploader's current
     * roles and jurisdiction apply, not those they had when uploading.
     */
    public void run(Long id) {
        if (!imports.claim(id, clock.instant())) {
            return;
        }
        try {
            var job = imports.findById(id).orElseThrow(() -> new NotFoundException("SiteImport", id));
            var account = accounts.findByUsernameIgnoreCase(job.getUsername())
                    .filter(a -> a.isActive() && a.getOrganisation().isActive());
            if (account.isEmpty()) {
                imports.fail(id, FAILED_ACCOUNT, List.of(), clock.instant());
                return;
            }
            var a = account.get();
            var actor = new Actor(a.getUsername(), a.getOrganisation().getId(), a.getRoles(),
                    a.getJurisdictionCountry(), a.getJurisdictionDivisions());
            runAs(actor, job);
        } catch (RuntimeException unexpected) {
            LOG.error("Site import {} failed", id, unexpected);
            imports.fail(id, FAILED_UNEXPECTED, List.of(), clock.instant());
        }
    }

    private void runAs(Actor actor, SiteImport job) {
        if (!mayImport(actor)) {
            imports.fail(job.getId(), FAILED_ACCOUNT, List.of(), clock.instant());
            return;
        }
        long started = System.nanoTime();
        var rows = validate(actor, job);
        LOG.info("Site import {}: {} rows checked in {} ms", job.getId(), rows.size(),
                (System.nanoTime() - started) / 1_000_000);
        var problems = rows.stream().flatMap(row -> row.problems().stream()).toList();
        if (!problems.isEmpty()) {
            imports.fail(job.getId(), FAILED_ROWS, problems, clock.instant());
            return;
        }
        try {
            started = System.nanoTime();
            transaction.executeWithoutResult(status -> save(actor, job, rows));
            LOG.info("Site import {}: {} sites registered in {} ms", job.getId(), rows.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RowRejected rejected) {
            imports.fail(job.getId(), FAILED_ROWS, List.of(rejected.line), clock.instant());
        }
    }

    /** A row with its number and either its details or its problems. */
    private record Row(int number, SiteDetails details, List<ImportReportLine> problems) {
    }

    /** Pass 1: reads and checks every row, saving nothing; progress 0 to total. */
    private List<Row> validate(Actor actor, SiteImport job) {
        var file = SiteImportFile.parse(job.getCsvText());
        var header = SiteRowReader.forHeader(file.header(), owners());
        if (header.reader() == null) {
            return List.of(new Row(1, null, header.problems()));
        }
        var rows = new ArrayList<Row>();
        var firstRowOfNationalId = new HashMap<String, Integer>();
        int done = 0;
        for (var record : file.records()) {
            var read = header.reader().read(record);
            var problems = new ArrayList<>(read.problems());
            var details = read.details();
            if (details != null) {
                duplicate(details, record.rowNumber(), firstRowOfNationalId).ifPresent(problems::add);
                try {
                    registration.check(actor, details);
                } catch (DomainRuleViolation violation) {
                    problems.add(ImportReportLine.problem(record.rowNumber(),
                            SiteImportColumns.ofField(violation.field()), violation.messageKey(),
                            violation.arguments()));
                } catch (SiteAccessDenied denied) {
                    problems.add(ImportReportLine.problem(record.rowNumber(), SiteImportColumns.COUNTRY,
                            "siteimport.jurisdiction", details.country()));
                }
            }
            rows.add(new Row(record.rowNumber(), problems.isEmpty() ? details : null, List.copyOf(problems)));
            if (++done % PROGRESS_EVERY == 0) {
                imports.progress(job.getId(), done, clock.instant());
            }
        }
        imports.progress(job.getId(), done, clock.instant());
        return rows;
    }

    /** A national id used twice in the file: the database would refuse the second, so say so with both rows. */
    private static Optional<ImportReportLine> duplicate(SiteDetails details, int rowNumber,
            Map<String, Integer> firstRowOfNationalId) {
        if (details.nationalId() == null || details.country() == null) {
            return Optional.empty();
        }
        var key = details.country() + " " + details.nationalId().strip().toLowerCase(Locale.ROOT);
        var first = firstRowOfNationalId.putIfAbsent(key, rowNumber);
        return first == null ? Optional.empty()
                : Optional.of(ImportReportLine.problem(rowNumber, SiteImportColumns.NATIONAL_ID,
                        "siteimport.national-id.duplicate", first));
    }

    /** Pass 2, inside one transaction: every row registered, or (by throwing) none; progress total to 2 x total. */
    private void save(Actor actor, SiteImport job, List<Row> rows) {
        var accepted = new ArrayList<ImportReportLine>();
        int done = rows.size();
        for (Row row : rows) {
            try {
                accepted.add(ImportReportLine.accepted(row.number(),
                        registration.register(actor, row.details()).getId()));
            } catch (DomainRuleViolation violation) {
                throw new RowRejected(ImportReportLine.problem(row.number(),
                        SiteImportColumns.ofField(violation.field()), violation.messageKey(), violation.arguments()));
            } catch (SiteAccessDenied denied) {
                throw new RowRejected(ImportReportLine.problem(row.number(), SiteImportColumns.COUNTRY,
                        "siteimport.jurisdiction", row.details().country()));
            }
            if (++done % PROGRESS_EVERY == 0) {
                imports.releaseSaved();
                imports.progress(job.getId(), done, clock.instant());
            }
        }
        imports.succeed(job.getId(), accepted, clock.instant());
    }

    private Map<String, Long> owners() {
        var owners = new HashMap<String, Long>();
        organisations.allActive().forEach(o -> owners.putIfAbsent(o.getName().toLowerCase(Locale.ROOT), o.getId()));
        return owners;
    }

    /**
     * Fails RUNNING jobs whose node stopped writing progress (their transaction rolled back with the connection,
     * so nothing was saved) and returns the jobs queued long ago that no node started.
     */
    public List<Long> recover() {
        var now = clock.instant();
        int abandoned = imports.failAbandoned(now.minus(SILENCE_BEFORE_ABANDONED), FAILED_INTERRUPTED, now);
        if (abandoned > 0) {
            LOG.warn("{} site import(s) interrupted by a stopped node marked as failed", abandoned);
        }
        return imports.waitingSince(now.minus(Duration.ofMinutes(1)));
    }

    /** Stops pass 2 and rolls its transaction back. */
    private static final class RowRejected extends RuntimeException {

        private final transient ImportReportLine line;

        RowRejected(ImportReportLine line) {
            super(line.messageKey(), null, false, false);
            this.line = line;
        }
    }
}
