package org.orepass.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The chain's hashes, so that anyone can recompute them: an event's content hash is the SHA-256 of its RFC 8785
 * canonical JSON (UTF-8); a record's hash is the SHA-256 of {@code position|source|sourceId|contentHash|prevHash}
 * (ASCII, no newline); the first record's previous hash is 64 zeros. All in lowercase hexadecimal.
 */
public final class LedgerHashes {

    public static final String GENESIS = "0".repeat(64);
    /** The content hash of an event whose row is gone. */
    public static final String MISSING = sha256("null".getBytes(StandardCharsets.US_ASCII));

    private LedgerHashes() {
    }

    /** RFC 8785 canonical form of a JSON text. */
    public static String canonical(String json) {
        if (json == null) {
            return "null";
        }
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
        }
    }

    public static String content(String json) {
        return json == null ? MISSING : sha256(canonical(json).getBytes(StandardCharsets.UTF_8));
    }

    public static String record(long position, String source, long sourceId, String contentHash, String prevHash) {
        var text = position + "|" + source + "|" + sourceId + "|" + contentHash + "|" + prevHash;
        return sha256(text.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The offline check of a chain segment (README): each record's hash recomputes, each links to the one before,
     * and the last one's hash is {@code headHash} (the signed head's). Returns the position of the first record that
     * fails, the position after the last when the segment does not end at the head, or -1 when all holds.
     */
    public static long firstBrokenLink(java.util.List<LedgerRecord> records, String headHash) {
        String prev = null;
        long position = -1;
        for (var record : records) {
            if (prev != null && !prev.equals(record.prevHash())
                    || !LedgerHashes.record(record.position(), record.source(), record.sourceId(),
                            record.contentHash(), record.prevHash()).equals(record.recordHash())) {
                return record.position();
            }
            prev = record.recordHash();
            position = record.position();
        }
        return prev != null && prev.equals(headHash) ? -1 : position + 1;
    }
}
