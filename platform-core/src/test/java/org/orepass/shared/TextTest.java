package org.orepass.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void controlCharactersAreStrippedButTabsAndLineBreaksStay() {
        assertThat(Text.clean("Kisoro\u0000 \u0007Tin\u001b[31m\u007f\u0085")).isEqualTo("Kisoro Tin[31m");
        assertThat(Text.clean("line one\r\nline\ttwo")).isEqualTo("line one\r\nline\ttwo");
        assertThat(Text.clean(null)).isNull();
    }

    @Test
    void unicodeTextIsKeptWhileBrokenSurrogatesGo() {
        assertThat(Text.clean("Mgodi wa dhahabu ⛏ 金 😀 é")).isEqualTo("Mgodi wa dhahabu ⛏ 金 😀 é");
        assertThat(Text.clean("a\ud800b\udc00c\uffff")).isEqualTo("abc");
    }

    @Test
    void aFileNameLosesItsFoldersAndLineBreaks() {
        assertThat(Text.fileName("C:\\Users\\me\\report\u0000.pdf")).isEqualTo("report.pdf");
        assertThat(Text.fileName("../../etc/pass\nwd")).isEqualTo("pass wd");
        assertThat(Text.fileName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
