package org.orepass.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an inspection may carry, recognised by their first bytes (magic numbers), never by the
 * file name or the type the browser declares: a ".pdf" that is really HTML must not be stored, let alone served.
 */
public enum AttachmentType {

    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final byte[] magic;

    AttachmentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<AttachmentType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
