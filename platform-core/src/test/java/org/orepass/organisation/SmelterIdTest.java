package org.orepass.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;

class SmelterIdTest {

    @Test
    void anIdAsTypedIsCidAndSixDigitsInAnyCaseWithSpacesAround() {
        assertThat(SmelterId.typed("smelterId", " cid001070 ")).isEqualTo(SmelterId.of("CID001070"));
        assertThat(SmelterId.typed("smelterId", "  ")).isNull();
        for (var wrong : new String[] {"CID1070", "CID0010700", "CIDA01070", "XID001070", "CID 001070"}) {
            assertThatThrownBy(() -> SmelterId.typed("smelterId", wrong)).as(wrong)
                    .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("smelterId");
                        assertThat(v.messageKey()).isEqualTo("smelter.id.format");
                    });
        }
        assertThatThrownBy(() -> SmelterId.of("cid001070")).isInstanceOf(IllegalArgumentException.class);
    }
}
