package org.orepass.alert.internal;

import java.util.List;
import java.util.Optional;

/**
 * Who an event concerns (a port; persistence answers with SQL over the accounts and the custody and export
 * tables). Only active accounts.
 */
public interface AlertRecipients {

    /** A person to alert: e-mail may be null (then only the platform's list shows it). */
    record Recipient(long userId, String username, String email, String accountLanguage) {
    }

    /**
     * The traders (operators, exporters) of the organisations that hold now, with some mass left, a lot traced
     * back to a production lot of the site: the custody graph forward from the site's production lots. A lot
     * sold on whole has nothing left, so its former holder is not among them; the producer's own production lots
     * are not counted (the producer is not a buyer, and hears of it from the site's inspector).
     */
    List<Recipient> holdersOfLotsFrom(long siteId);

    /** The inspectors of the exporter's country (the shipment's reviewers). */
    List<Recipient> reviewersOfShipment(long shipmentId);

    /** The shipment's exporter's name and the shipment's reference, for the mail. */
    Optional<List<String>> shipmentFacts(long shipmentId);

    /** The site's name and ICGLR id, for the mail. */
    Optional<List<String>> siteFacts(long siteId);

    Optional<Recipient> byUsername(String username);
}
