package org.orepass.savings;

/**
 * A savings group: it belongs to a producer organisation ({@code organisationId}) or a community (its name), and a
 * CSO supports it. Amounts are in its currency.
 */
public record SavingsGroup(long id, String name, Long organisationId, String community, long csoId,
        String currency) {
}
