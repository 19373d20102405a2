package org.orepass.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 23: a programme with groups saving in different currencies never adds their money together. */
class ProgrammeFiguresTest {

    private static ProgrammeFigures.GroupBook group(long id, String currency, Sex... sexes) {
        var members = new java.util.ArrayList<GroupMember>();
        for (int i = 0; i < sexes.length; i++) {
            members.add(new GroupMember(id * 100 + i, id, i + 1, "M" + i, sexes[i], MemberRole.MEMBER));
        }
        return new ProgrammeFigures.GroupBook(new SavingsGroup(id, "G" + id, null, "Village", 9, currency), members,
                null);
    }

    @Test
    void eachCurrencyHasItsOwnTotalsAndFiguresBySex() {
        var figures = ProgrammeFigures.of(List.of(group(1, "UGX", Sex.FEMALE, Sex.MALE), group(2, "KES", Sex.FEMALE),
                group(3, "UGX", Sex.FEMALE)), LocalDate.of(2026, 12, 7));
        assertThat(figures.groups()).hasSize(3);
        assertThat(figures.currencies()).extracting(ProgrammeFigures.CurrencyFigures::currency)
                .containsExactly("KES", "UGX");
        assertThat(figures.in("UGX").total().members()).isEqualTo(3);
        assertThat(figures.in("UGX").bySex().get(Sex.FEMALE).women()).isEqualTo(2);
        assertThat(figures.in("KES").total().members()).isEqualTo(1);
        assertThat(figures.in("KES").total().currency()).isEqualTo("KES");
        assertThat(figures.in("KES").bySex()).doesNotContainKey(Sex.MALE);
        assertThat(figures.in("USD")).isNull();
    }

    @Test
    void addingTwoCurrenciesIsRefused() {
        var ugx = ProgrammeFigures.Line.empty("a", "UGX");
        var kes = ProgrammeFigures.Line.empty("b", "KES");
        assertThatThrownBy(() -> ugx.plus(kes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never added across currencies");
    }
}
