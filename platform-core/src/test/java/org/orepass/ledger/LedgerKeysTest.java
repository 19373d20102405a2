package org.orepass.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The ledger's signatures (EdDSA, Ed25519, RFC 8037) and hashes (SHA-256 of RFC 8785 canonical JSON). */
class LedgerKeysTest {

    @Test
    void aConfiguredKeySignsWhatItsOwnPublicKeyVerifies() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        var keys = new LedgerKeys(pem, "orepass-2026");
        var encoded = pair.getPublic().getEncoded();
        var raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        assertThat(keys.rawPublic()).as("the public key derived from the configured private key").isEqualTo(raw);
        assertThat(keys.generated()).isFalse();
        assertThat(keys.keyId()).isEqualTo("orepass-2026");
        assertThat(keys.publicJwk()).isEqualTo("{\"crv\":\"Ed25519\",\"kid\":\"orepass-2026\",\"kty\":\"OKP\",\"x\":\""
                + LedgerKeys.base64Url(raw) + "\"}");

        var jws = keys.sign("{\"b\": 2, \"a\": 1.50}");
        var parts = jws.split("\\.");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"EdDSA\",\"kid\":\"orepass-2026\"}");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .as("RFC 8785: sorted names, shortest numbers").isEqualTo("{\"a\":1.5,\"b\":2}");
        assertThat(LedgerKeys.verify(jws, LedgerKeys.base64Url(raw))).isTrue();
        var other = new LedgerKeys("", "");
        assertThat(other.generated()).isTrue();
        assertThat(LedgerKeys.verify(jws, LedgerKeys.base64Url(other.rawPublic()))).isFalse();
        assertThat(LedgerKeys.verify(parts[0] + "." + parts[1] + "x." + parts[2], LedgerKeys.base64Url(raw))).isFalse();
        assertThat(LedgerKeys.pemOfJwkX(LedgerKeys.base64Url(raw))).contains(
                Base64.getEncoder().encodeToString(encoded));
    }

    @Test
    void aKeyThatIsNotEd25519IsRefusedAtStart() {
        assertThatThrownBy(() -> new LedgerKeys("bm90IGEga2V5", "k")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hashesAreThoseAnyoneRecomputes() {
        assertThat(LedgerHashes.content("{\"z\":\"é\",\"a\":[1,\"2.500\"]}")).isEqualTo(
                LedgerHashes.sha256("{\"a\":[1,\"2.500\"],\"z\":\"é\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(LedgerHashes.content(null)).isEqualTo(LedgerHashes.MISSING);
        // echo -n '1|LOT|7|<64 a>|<64 zeros>' | sha256sum
        assertThat(LedgerHashes.record(1, "LOT", 7, "a".repeat(64), LedgerHashes.GENESIS)).isEqualTo(LedgerHashes
                .sha256(("1|LOT|7|" + "a".repeat(64) + "|" + "0".repeat(64)).getBytes(StandardCharsets.US_ASCII)));
    }
}
