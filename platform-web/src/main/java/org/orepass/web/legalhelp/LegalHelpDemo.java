package org.orepass.web.legalhelp;

import org.orepass.account.Actor;
import org.orepass.account.UserAccounts;
import org.orepass.legalhelp.LegalHelp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode (issue 24): the demo CSO offers legal help (its user {@code cso} supervises and helps), and the demo
 * operator has asked it about a contract price; the case is assigned to {@code cso}. Once, after the demo accounts,
 * through the use cases.
 */
@Component
@ConditionalOnProperty(name = "orepass.demo.enabled", havingValue = "true")
public class LegalHelpDemo implements SmartLifecycle {

    static final String SUBJECT = "Price in our gold contract";
    private static final Logger LOG = LoggerFactory.getLogger(LegalHelpDemo.class);

    private final LegalHelp legalHelp;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    LegalHelpDemo(LegalHelp legalHelp, UserAccounts accounts, TransactionTemplate transaction) {
        this.legalHelp = legalHelp;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void start() {
        try {
            run();
        } catch (RuntimeException refused) {
            LOG.warn("Demo mode: the demo legal-help case could not be filed: {}", refused.toString());
        }
        running = true;
    }

    /** Registers the demo CSO and files the demo case unless they exist; nothing without the demo accounts. */
    public void run() {
        transaction.executeWithoutResult(status -> {
            var cso = accounts.findByUsernameIgnoreCase("cso").orElse(null);
            var operator = accounts.findByUsernameIgnoreCase("operator").orElse(null);
            var admin = accounts.findByUsernameIgnoreCase("admin").orElse(null);
            if (cso == null || operator == null || admin == null) {
                return;
            }
            var csoActor = new Actor("cso", cso.getOrganisation().getId(), cso.getRoles(), null, null);
            var miner = new Actor("operator", operator.getOrganisation().getId(), operator.getRoles(), null, null);
            if (legalHelp.cases(miner).stream().anyMatch(c -> SUBJECT.equals(c.subject()))) {
                return;
            }
            var csoId = cso.getOrganisation().getId();
            legalHelp.registerProvider(new Actor("admin", admin.getOrganisation().getId(), admin.getRoles(), null,
                    null), csoId, "Contracts, disputes and land rights for artisanal miners", "cso");
            var legalCase = legalHelp.request(miner, csoId, SUBJECT, "Our buyer pays 80 % of the gold price and "
                    + "will not let us test the purity elsewhere. Is this usual, and what can our group ask for?",
                    true);
            legalHelp.assign(csoActor, legalCase.getId(), "cso");
            legalHelp.write(csoActor, legalCase.getId(), "Thank you. Please upload the signed contract; we will "
                    + "meet your group on Thursday in Kisoro.");
            LOG.info("Demo mode: the demo CSO offers legal help and has one case.");
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After DemoData (phase 0), before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }
}
