package org.orepass.accesstoken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenHashingTest {

    @Test
    void hashesAreStableHexAndDifferPerToken() {
        assertThat(TokenHashing.sha256("demo-admin")).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(TokenHashing.sha256("demo-admin"))
                .isNotEqualTo(TokenHashing.sha256("demo-admin "));
        // A known vector, so the stored hashes stay valid across releases.
        assertThat(TokenHashing.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
