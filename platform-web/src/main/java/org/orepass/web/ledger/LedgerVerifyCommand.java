package org.orepass.web.ledger;

import org.orepass.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The verifier as a command (README): {@code java -jar platform-web.jar --orepass.ledger.verify=true
 * [--orepass.ledger.verify-from=N]} chains what is pending, recomputes the chain from position N (1: all of it), prints
 * the result and exits with 0 when intact, 3 when a record no longer matches.
 */
@Component
@ConditionalOnProperty(name = "orepass.ledger.verify", havingValue = "true")
class LedgerVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerVerifyCommand.class);

    private final Ledger ledger;
    private final long from;
    private final boolean exit;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    LedgerVerifyCommand(Ledger ledger, @Value("${orepass.ledger.verify-from:1}") long from,
            @Value("${orepass.ledger.verify-exit:true}") boolean exit, ConfigurableApplicationContext context) {
        this.ledger = ledger;
        this.from = from;
        this.exit = exit;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ledger.chain();
        var result = ledger.verifyFrom(from);
        if (result.intact()) {
            LOG.info("Ledger intact: {} records checked from position {}.", result.checked(), from);
            System.out.println("LEDGER INTACT checked=" + result.checked());
        } else {
            var broken = result.firstBroken();
            LOG.error("Ledger broken at position {} ({} {}): {}.", broken.position(), broken.source(),
                    broken.sourceId(), result.why());
            System.out.println("LEDGER BROKEN position=" + broken.position() + " source=" + broken.source()
                    + " id=" + broken.sourceId() + " why=" + result.why());
            exitCode = 3;
        }
        if (exit) {
            System.exit(SpringApplication.exit(context, this));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
