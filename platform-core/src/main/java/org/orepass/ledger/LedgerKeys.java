package org.orepass.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that signs the chain's heads and the passports' statements: Ed25519 (the JDK's own), written as compact
 * JWS with {@code "alg":"EdDSA"} (RFC 8037). {@code orepass.ledger.private-key} holds the PKCS#8 private key (PEM or
 * its base64), {@code orepass.ledger.key-id} its key id. Without a configured key (demo, tests) a key is generated at
 * start and a warning logged: heads signed with it stay checkable with the public key kept beside each head.
 */
@Component
public class LedgerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerKeys.class);
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows. */
    private static final byte[] X509_PREFIX = java.util.HexFormat.of().parseHex("302a300506032b6570032100");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final boolean generated;

    public LedgerKeys(@Value("${orepass.ledger.private-key:}") String configured,
            @Value("${orepass.ledger.key-id:}") String keyId) {
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            if (configured == null || configured.isBlank()) {
                var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                this.privateKey = pair.getPrivate();
                this.publicKey = pair.getPublic();
                this.generated = true;
            } else {
                var base64 = configured.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                this.privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
                this.publicKey = publicOf((EdECPrivateKey) privateKey);
                this.generated = false;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("orepass.ledger.private-key is not an Ed25519 PKCS#8 key", e);
        }
        this.keyId = keyId == null || keyId.isBlank()
                ? "orepass-" + LedgerHashes.sha256(rawPublic()).substring(0, 16) : keyId.strip();
        if (generated) {
            LOG.warn("No orepass.ledger.private-key configured: the ledger's heads are signed with a key generated at"
                    + " start ({}), fit for a demonstration only.", this.keyId);
        }
    }

    /** The public key of an Ed25519 private key (the JDK computes it when signing; here through a key pair spec). */
    private static PublicKey publicOf(EdECPrivateKey key) throws GeneralSecurityException {
        var seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("no key bytes"));
        var generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    /** Hands the generator the seed of the configured key, so the pair it makes is that key's. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }

    public String keyId() {
        return keyId;
    }

    public boolean generated() {
        return generated;
    }

    /** The raw 32-byte public key. */
    public byte[] rawPublic() {
        var encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** The public key as a JWK (RFC 8037): {@code {"crv":"Ed25519","kid":...,"kty":"OKP","x":...}}. */
    public String publicJwk() {
        return "{\"crv\":\"Ed25519\",\"kid\":" + jsonString(keyId) + ",\"kty\":\"OKP\",\"x\":\""
                + base64Url(rawPublic()) + "\"}";
    }

    /** The public key as PEM (SubjectPublicKeyInfo), what openssl reads. */
    public static String pemOfJwkX(String x) {
        var raw = Base64.getUrlDecoder().decode(x);
        var der = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A compact JWS of the payload (JSON, put in RFC 8785 canonical form first). */
    public String sign(String payloadJson) {
        var header = "{\"alg\":\"EdDSA\",\"kid\":" + jsonString(keyId) + "}";
        var input = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(LedgerHashes.canonical(payloadJson).getBytes(StandardCharsets.UTF_8));
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a compact JWS verifies under a raw Ed25519 public key (JWK {@code x}). */
    public static boolean verify(String jws, String jwkX) {
        var parts = jws.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            var raw = Base64.getUrlDecoder().decode(jwkX);
            var der = new byte[X509_PREFIX.length + raw.length];
            System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
            System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
            var key = KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(der));
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String jsonString(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
