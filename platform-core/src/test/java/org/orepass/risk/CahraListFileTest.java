package org.orepass.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CAHRA list file: every bad line named with its number, good lines read whatever the separator or case. */
class CahraListFileTest {

    private static CahraListFile.Parsed parse(String text) {
        return CahraListFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodLinesAreReadWithTheirNumbersAndAHeaderAndBlankLinesAreSkipped() {
        var parsed = parse("\uFEFFCountry,Division\n\nCD,CD-NK\ncd;cd-sk\n\"BI\",\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new CahraListFile.Row(3, "CD", "CD-NK"),
                new CahraListFile.Row(4, "CD", "CD-SK"), new CahraListFile.Row(5, "BI", null));
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        var parsed = parse("CD,CD-NK\nZZ\nCD,RW-02\nCD,CD-NK\nCD,CD-SK,x\n");
        assertThat(parsed.errors()).extracting(CahraLoadRefused.LineError::line, CahraLoadRefused.LineError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "risk.cahra.load.country"),
                        org.assertj.core.groups.Tuple.tuple(3, "risk.cahra.load.division"),
                        org.assertj.core.groups.Tuple.tuple(4, "risk.cahra.load.twice"),
                        org.assertj.core.groups.Tuple.tuple(5, "risk.cahra.load.columns"));
        assertThat(parsed.errors().get(2).arguments()).containsExactly(1);
    }
}
