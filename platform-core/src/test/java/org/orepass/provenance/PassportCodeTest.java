package org.orepass.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes as people type them from a printed label, and as the label prints them. */
class PassportCodeTest {

    private static final String CODE = "3f9ac2d107be4e159a60d2c8";

    @Test
    void aCodeIsFoundWhateverItsCaseSpacesAndHyphens() {
        assertThat(Passports.normalise(CODE)).isEqualTo(CODE);
        assertThat(Passports.normalise(" 3F9A-C2D1-07BE-4E15-9A60-D2C8 ")).isEqualTo(CODE);
        assertThat(Passports.normalise("3f9a c2d1 07be 4e15 9a60 d2c8")).isEqualTo(CODE);
    }

    @Test
    void anythingElseIsNoCode() {
        assertThat(Passports.normalise(null)).isNull();
        assertThat(Passports.normalise("")).isNull();
        assertThat(Passports.normalise(CODE.substring(1))).as("too short").isNull();
        assertThat(Passports.normalise(CODE + "0")).as("too long").isNull();
        assertThat(Passports.normalise("3f9ac2d107be4e159a60d2cg")).as("not hexadecimal").isNull();
        assertThat(Passports.normalise("https://orepass.example/verify/" + CODE)).isNull();
        assertThat(Passports.normalise("3f9ac2d107be4e159a60d2c8'--")).isNull();
    }

    @Test
    void aCodeIsPrintedInGroupsOfFour() {
        assertThat(Passports.grouped(CODE)).isEqualTo("3f9a-c2d1-07be-4e15-9a60-d2c8");
        assertThat(Passports.normalise(Passports.grouped(CODE))).isEqualTo(CODE);
    }
}
