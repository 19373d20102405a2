package org.orepass.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    private static byte[] bytes(int... values) {
        var result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void theTypeComesFromTheFirstBytes() {
        assertThat(AttachmentType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.of(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)))
                .contains(AttachmentType.PNG);
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(AttachmentType.of("<html><body>%PDF-</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentType.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentType.of(bytes(0x89, 'P', 'N', 'G'))).as("a truncated PNG signature").isEmpty();
        assertThat(AttachmentType.of(new byte[0])).isEmpty();
    }

    @Test
    void namesLoseClientPathsQuotesAndControlCharacters() {
        assertThat(UploadedFile.cleanName("C:\\fakepath\\pit.png", AttachmentType.PNG)).isEqualTo("pit.png");
        assertThat(UploadedFile.cleanName("../../etc/\"re\"\nport.pdf", AttachmentType.PDF))
                .isEqualTo("report.pdf");
        assertThat(UploadedFile.cleanName("  ", AttachmentType.JPEG)).isEqualTo("jpeg-file");
        assertThat(UploadedFile.cleanName("a".repeat(300) + ".pdf", AttachmentType.PDF)).hasSize(200)
                .endsWith(".pdf");
    }
}
