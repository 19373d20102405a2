package org.orepass.ledger;

import java.time.Instant;

/**
 * One custody event in the chain (issue 18, tamper evidence): its place, what it is ({@code source}: LOT,
 * OPERATION, TRANSFER_SENT, TRANSFER_RECEIVED, TRANSFER_REJECTED, IMPORT, EXPORT, CERTIFICATE, CERTIFICATE_REVOKED,
 * SHIPMENT_REVOKED, TAG_REVOKED, with the row's id), the SHA-256 of its RFC 8785 canonical content, the previous
 * record's hash and its own ({@link LedgerHashes#record}).
 */
public record LedgerRecord(long position, String source, long sourceId, Instant notedAt, String contentHash,
        String prevHash, String recordHash) {
}
