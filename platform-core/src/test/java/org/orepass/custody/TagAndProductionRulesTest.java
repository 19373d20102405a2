package org.orepass.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.MineSite;

/** The tag life cycle and who may issue tags and record production, without a database. */
class TagAndProductionRulesTest {

    /** Entities get their ids from the database; here they are set directly. */
    private static <T> T entity(Class<T> type, Object... fieldsAndValues) {
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

    private static final Organisation OWNER = entity(Organisation.class, "id", 7L);
    private static final MineSite SITE = entity(MineSite.class, "id", 1L, "country", "UG", "division", "UG-W",
            "owner", OWNER);
    private static final MineSite OTHER_SITE = entity(MineSite.class, "id", 2L, "country", "UG", "division",
            "UG-W", "owner", OWNER);

    private static Tag tag() {
        return new Tag(SITE, "UG-000001", "UG-000001 – UG-000010", null, "inspector", Instant.EPOCH);
    }

    private static Actor actor(Long organisationId, Role role, String country) {
        return new Actor("someone", organisationId, Set.of(role), country, Set.of());
    }

    @Test
    void anIssuedTagSealsOneLotOfItsOwnSite() {
        var tag = tag();
        assertThat(tag.getStatus()).isEqualTo(TagStatus.ISSUED);
        assertThat(tag.getCountry()).isEqualTo("UG");
        assertThat(tag.refusalFor(SITE)).isNull();
        assertThat(tag.refusalFor(OTHER_SITE)).isEqualTo(AnomalyKind.TAG_FROM_OTHER_SITE);
        tag.use();
        assertThat(tag.refusalFor(SITE)).isEqualTo(AnomalyKind.TAG_REUSED);
        assertThatThrownBy(tag::use).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aVoidedTagIsRefusedAndAUsedOneCannotBeVoided() {
        var voided = tag();
        voided.voidTag();
        assertThat(voided.refusalFor(SITE)).isEqualTo(AnomalyKind.TAG_VOIDED);
        var used = tag();
        used.use();
        assertThatThrownBy(used::voidTag).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("tag.void.used");
    }

    @Test
    void tonnesCountInKilogramsAndNumbersArePaddedToSixDigits() {
        assertThat(MassUnit.TNE.toKilograms(new BigDecimal("0.6"))).isEqualByComparingTo("600");
        assertThat(MassUnit.KGM.toKilograms(new BigDecimal("12.5"))).isEqualByComparingTo("12.5");
        assertThat(TagIssuing.number("UG-KIS-", 42)).isEqualTo("UG-KIS-000042");
    }

    @Test
    void theSiteOperatorOrAnInspectorOfItsPlaceProduces() {
        assertThat(CustodyAccess.mayProduce(actor(7L, Role.OPERATOR, null), SITE)).isTrue();
        assertThat(CustodyAccess.mayProduce(actor(8L, Role.OPERATOR, null), SITE)).isFalse();
        assertThat(CustodyAccess.mayProduce(actor(7L, Role.CSO_MONITOR, null), SITE)).isFalse();
        assertThat(CustodyAccess.mayProduce(actor(null, Role.INSPECTOR, "UG"), SITE)).isTrue();
        assertThat(CustodyAccess.mayProduce(actor(null, Role.INSPECTOR, "CD"), SITE)).isFalse();
    }

    @Test
    void onlyAnInspectorOfTheSitePlaceIssuesTags() {
        assertThat(CustodyAccess.mayIssueTags(actor(null, Role.INSPECTOR, "UG"), SITE)).isTrue();
        assertThat(CustodyAccess.mayIssueTags(actor(null, Role.INSPECTOR, "CD"), SITE)).isFalse();
        assertThat(CustodyAccess.mayIssueTags(actor(7L, Role.OPERATOR, null), SITE)).isFalse();
        assertThat(CustodyAccess.mayIssueTags(actor(null, Role.ADMIN, null), SITE)).isFalse();
    }
}
