package org.orepass.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.orepass.shared.DomainRuleViolation;

/**
 * An uploaded file checked the one way every upload is (inspection files, incident files, export documents): not
 * empty, not over the size limit, a type recognised by its first bytes (never by the name or the browser's
 * claim), a name without client paths or control characters, and its SHA-256 for integrity.
 */
public record UploadedFile(String name, AttachmentType type, byte[] content, String sha256) {

    static final int MAX_NAME_LENGTH = 200;
    private static final long MEGABYTE = 1024 * 1024;

    /**
     * @param messagePrefix the feature's keys: {@code <prefix>.file.required}, {@code .too-large} (with the limit
     *                      in megabytes) and {@code .type}, shown by the form's file field
     */
    public static UploadedFile check(String fileName, byte[] content, long maxBytes, String messagePrefix) {
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("file", messagePrefix + ".file.required");
        }
        if (content.length > maxBytes) {
            throw new DomainRuleViolation("file", messagePrefix + ".file.too-large", megabytes(maxBytes));
        }
        var type = AttachmentType.of(content)
                .orElseThrow(() -> new DomainRuleViolation("file", messagePrefix + ".file.type"));
        return new UploadedFile(cleanName(fileName, type), type, content, sha256(content));
    }

    /** The limit as forms state it. */
    public static long megabytes(long maxBytes) {
        return Math.max(1, maxBytes / MEGABYTE);
    }

    /** The name without any client path, control characters or quotes, and not longer than the column. */
    static String cleanName(String fileName, AttachmentType type) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = type.name().toLowerCase(Locale.ROOT) + "-file";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256", impossible);
        }
    }
}
