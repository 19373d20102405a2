package org.orepass.web.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.orepass.account.Actor;
import org.orepass.account.UserAccounts;
import org.orepass.contract.ContractTerms;
import org.orepass.contract.Contracts;
import org.orepass.contract.PriceBasis;
import org.orepass.contract.PriceUnit;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.site.Mineral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode (issue 24): a reference price for gold and a contract of the demo cooperative with the demo trader that
 * raises prompts (80 % of the reference price, no independent assay). Once, after the demo accounts
 * ({@code DemoData}, phase 0), through the use cases.
 */
@Component
@ConditionalOnProperty(name = "orepass.demo.enabled", havingValue = "true")
public class ContractDemo implements SmartLifecycle {

    public static final String REFERENCE = "Kisoro gold offtake 2026";
    private static final Logger LOG = LoggerFactory.getLogger(ContractDemo.class);

    private final Contracts contracts;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile boolean running;

    ContractDemo(Contracts contracts, UserAccounts accounts, Organisations organisations,
            TransactionTemplate transaction, Clock clock) {
        this.contracts = contracts;
        this.accounts = accounts;
        this.organisations = organisations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void start() {
        try {
            run();
        } catch (RuntimeException refused) {
            LOG.warn("Demo mode: the demo contract could not be recorded: {}", refused.toString());
        }
        running = true;
    }

    /** Records the demo contract unless it exists; nothing without the demo accounts. */
    public void run() {
        transaction.executeWithoutResult(status -> {
            var operator = accounts.findByUsernameIgnoreCase("operator").orElse(null);
            var admin = accounts.findByUsernameIgnoreCase("admin").orElse(null);
            if (operator == null || admin == null) {
                return;
            }
            var seller = new Actor("operator", operator.getOrganisation().getId(), operator.getRoles(), null, null);
            if (contracts.list(seller).stream().anyMatch(c -> REFERENCE.equals(c.reference()))) {
                return;
            }
            var trader = organisations.allActive().stream().filter(o -> o.getType() == OrganisationType.TRADER)
                    .findFirst().orElse(null);
            var today = LocalDate.now(clock);
            contracts.recordReferencePrice(new Actor("admin", admin.getOrganisation().getId(), admin.getRoles(),
                    null, null), Mineral.GOLD, today.minusDays(14), new BigDecimal("2650.00"), "USD",
                    PriceUnit.TROY_OUNCE, "LBMA Gold Price PM (demo figure)");
            contracts.record(seller, new ContractTerms(REFERENCE, trader == null ? null : trader.getId(),
                    trader == null ? "Kisoro Gold Buyers" : null, Mineral.GOLD, today.minusDays(10),
                    today.minusDays(10), today.plusMonths(12), PriceBasis.REFERENCE_SHARE, new BigDecimal("80"),
                    null, null, null, new BigDecimal("6"), "Refining and transport", "On the buyer's scale in Kisoro",
                    "The buyer's own fire assay", false, 14, false, null, "Rukiga"));
            LOG.info("Demo mode: recorded the demo contract '{}'.", REFERENCE);
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
