package org.orepass.custody;

import org.orepass.custody.internal.TransferStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.shared.CountryCode;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

/** The two-sided transfer's rules on the entities, without a database. */
class TransferRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final BigDecimal TOLERANCE = new BigDecimal("2");

    static <T> T entity(Class<T> type, Object... fieldsAndValues) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            var entity = constructor.newInstance();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                var field = type.getDeclaredField((String) fieldsAndValues[i]);
                field.setAccessible(true);
                field.set(entity, fieldsAndValues[i + 1]);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Organisation organisation(long id) {
        return entity(Organisation.class, "id", id, "country", CountryCode.of("UG"), "name", "Org " + id);
    }

    static Lot lot(Organisation custodian, String kg) {
        return Lot.produced("UG-2026-0000001", custodian, CustodyRole.MINER, null, null,
                new ProductionDetails("T-1", Mineral.CASSITERITE, new BigDecimal(kg), MassUnit.KGM, null, null, null,
                        TODAY),
                false, "operator", Instant.EPOCH);
    }

    static Transfer sale(Lot lot, Organisation buyer, String kg) {
        return Transfer.sale(lot, buyer, new BigDecimal(kg), "seller", TODAY, Instant.EPOCH);
    }

    final Organisation seller = organisation(1);
    final Organisation buyer = organisation(2);

    @Test
    void aPartSaleLeavesTheLotAtOnceAndNobodySellsMoreThanRemains() {
        var lot = lot(seller, "100");
        var transfer = sale(lot, buyer, "60");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("40");
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.SENT);
        assertThat(transfer.getSeller()).isSameAs(seller);
        assertThatThrownBy(() -> sale(lot, buyer, "40.001"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("massKg");
                    assertThat(v.messageKey()).isEqualTo("transfer.mass.too-much");
                    assertThat(v.arguments()).containsExactly("40");
                });
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("40");
        sale(lot, buyer, "40");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("0");
    }

    @Test
    void massesFinerThanAGramAreRefusedNotRounded() {
        var lot = lot(seller, "100");
        assertThatThrownBy(() -> sale(lot, buyer, "10.0004")).hasMessageContaining("mass.scale");
        assertThatThrownBy(() -> sale(lot, buyer, "0.0004")).hasMessageContaining("mass.scale");
        assertThatThrownBy(() -> sale(lot, buyer, "1e999999999")).hasMessageContaining("mass.too-large");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("100");
        var transfer = sale(lot, buyer, "10.001");
        assertThat(transfer.getMassSentKg()).isEqualByComparingTo("10.001");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("89.999");
        assertThatThrownBy(() -> transfer.receive(new BigDecimal("9.9996"), TOLERANCE, "buyer", TODAY))
                .hasMessageContaining("mass.scale");
        transfer.receive(new BigDecimal("10.001"), TOLERANCE, "buyer", TODAY);
        assertThat(transfer.getMassReceivedKg()).isEqualByComparingTo("10.001");
        assertThat(transfer.getDifferenceKg()).isEqualByComparingTo("0");
    }

    @Test
    void aSaleNeedsAnotherActiveBuyerAndAPositiveMass() {
        var lot = lot(seller, "100");
        assertThatThrownBy(() -> sale(lot, seller, "1")).hasMessageContaining("transfer.buyer.self");
        assertThatThrownBy(() -> sale(lot, null, "1")).hasMessageContaining("transfer.buyer.required");
        var closed = entity(Organisation.class, "id", 3L, "active", false);
        assertThatThrownBy(() -> sale(lot, closed, "1")).hasMessageContaining("transfer.buyer.unknown");
        assertThatThrownBy(() -> sale(lot, buyer, "0")).hasMessageContaining("transfer.mass.positive");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("100");
    }

    @Test
    void aDifferenceWithinTheToleranceIsNotFlaggedOneBeyondItIs() {
        var within = sale(lot(seller, "100"), buyer, "100");
        assertThat(within.receive(new BigDecimal("98"), TOLERANCE, "buyer", TODAY)).isFalse();
        assertThat(within.getDifferenceKg()).isEqualByComparingTo("-2");
        var beyond = sale(lot(seller, "100"), buyer, "100");
        assertThat(beyond.receive(new BigDecimal("97.9"), TOLERANCE, "buyer", TODAY)).isTrue();
        assertThat(beyond.isFlagged()).isTrue();
        assertThat(beyond.differencePercent()).isEqualByComparingTo("-2.1");
        var heavier = sale(lot(seller, "100"), buyer, "50");
        assertThat(heavier.receive(new BigDecimal("51.5"), TOLERANCE, "buyer", TODAY)).isTrue();
        assertThat(heavier.getStatus()).isEqualTo(TransferStatus.RECEIVED);
        assertThatThrownBy(() -> heavier.receive(new BigDecimal("50"), TOLERANCE, "buyer", TODAY))
                .hasMessageContaining("transfer.not-pending");
    }

    @Test
    void aRejectionNeedsAReasonAndGivesTheMassBack() {
        var lot = lot(seller, "100");
        var transfer = sale(lot, buyer, "70");
        assertThatThrownBy(() -> transfer.reject(" ", "buyer", TODAY)).hasMessageContaining("transfer.reason.required");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("30");
        transfer.reject("Wet ore, not what we agreed", "buyer", TODAY);
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("100");
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.REJECTED);
        assertThatThrownBy(() -> transfer.reject("again", "buyer", TODAY)).hasMessageContaining("transfer.not-pending");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("100");
    }

    @Test
    void aPurchaseLotHoldsTheMassWeighedAndStaysUncertifiedIfItsInputWas() {
        var input = lot(seller, "100");
        var purchased = Lot.purchased("UG-2026-0000002", buyer, input, new BigDecimal("99.5"), "buyer",
                Instant.EPOCH);
        assertThat(purchased.getOriginatingOperation()).isEqualTo(OriginatingOperation.PURCHASE);
        assertThat(purchased.getCustodian()).isSameAs(buyer);
        assertThat(purchased.getRemainingKg()).isEqualByComparingTo("99.5");
        assertThat(purchased.getMineral()).isEqualTo(Mineral.CASSITERITE);
        var blue = entity(Lot.class, "mineral", Mineral.CASSITERITE, "uncertified", true);
        assertThat(Lot.purchased("n", buyer, blue, BigDecimal.ONE, "b", Instant.EPOCH).isUncertified()).isTrue();
    }

    @Test
    void onlyTradersOfTheCustodianSellAndOfTheBuyerReceive() {
        var lot = lot(seller, "10");
        assertThat(CustodyAccess.maySell(new Actor("a", 1L, Set.of(Role.OPERATOR), null, Set.of()), lot)).isTrue();
        assertThat(CustodyAccess.maySell(new Actor("a", 1L, Set.of(Role.EXPORTER), null, Set.of()), lot)).isTrue();
        assertThat(CustodyAccess.maySell(new Actor("a", 1L, Set.of(Role.AUDITOR), null, Set.of()), lot)).isFalse();
        assertThat(CustodyAccess.maySell(new Actor("a", 2L, Set.of(Role.OPERATOR), null, Set.of()), lot)).isFalse();
        var transfer = sale(lot, buyer, "5");
        assertThat(CustodyAccess.mayTradeFor(new Actor("b", 2L, Set.of(Role.OPERATOR), null, Set.of()),
                transfer.getBuyer())).isTrue();
        assertThat(CustodyAccess.maySee(new Actor("c", 3L, Set.of(Role.OPERATOR), null, Set.of()), transfer)).isFalse();
        assertThat(CustodyAccess.maySee(new Actor("s", 1L, Set.of(Role.OPERATOR), null, Set.of()), transfer)).isTrue();
    }
}
