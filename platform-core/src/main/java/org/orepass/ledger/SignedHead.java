package org.orepass.ledger;

import java.time.Instant;

/** A published head of the chain: its position and hash signed as a compact JWS (EdDSA, Ed25519, RFC 8037). */
public record SignedHead(long position, String recordHash, Instant publishedAt, String publishedBy, String keyId,
        String publicJwk, String jws) {
}
