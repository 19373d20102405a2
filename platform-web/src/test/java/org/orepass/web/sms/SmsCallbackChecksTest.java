package org.orepass.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The callbacks' checks on their own: Twilio's signature and the address allow-list. */
class SmsCallbackChecksTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> PARAMETERS = Map.of("CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+12349013030"), "Digits", List.of("1234"), "From", List.of("+12349013030"),
            "To", List.of("+18005551212"));

    @Test
    void twilioSignatureMatchesTheDocumentedExample() {
        // Twilio's example (twilio.com/docs/usage/security): auth token 12345.
        assertThat(TwilioSignature.of("12345", URL, PARAMETERS)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(TwilioSignature.valid("12345", URL, PARAMETERS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
        assertThat(TwilioSignature.valid("12346", URL, PARAMETERS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(TwilioSignature.valid("12345", URL + "&x=1", PARAMETERS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
                .isFalse();
        assertThat(TwilioSignature.valid("12345", URL, PARAMETERS, null)).isFalse();
        assertThat(TwilioSignature.valid("12345", URL, PARAMETERS, "")).isFalse();
    }

    @Test
    void theAllowListTakesAddressesAndRanges() {
        var list = List.of("52.48.80.0/24", "10.1.2.3", "2001:db8::/32", "not-an-address", "1.2.3.0/99");
        assertThat(AddressAllowList.allows(list, "52.48.80.77")).isTrue();
        assertThat(AddressAllowList.allows(list, "52.48.81.1")).isFalse();
        assertThat(AddressAllowList.allows(list, "10.1.2.3")).isTrue();
        assertThat(AddressAllowList.allows(list, "10.1.2.4")).isFalse();
        assertThat(AddressAllowList.allows(list, "2001:db8:1::5")).isTrue();
        assertThat(AddressAllowList.allows(list, "2001:db9::5")).isFalse();
        assertThat(AddressAllowList.allows(list, "1.2.3.4")).isFalse();
        assertThat(AddressAllowList.allows(list, "localhost")).isFalse();
        assertThat(AddressAllowList.allows(list, null)).isFalse();
        assertThat(AddressAllowList.allows(List.of("0.0.0.0/0"), "198.51.100.7")).isTrue();
        assertThat(AddressAllowList.allows(List.of(), "127.0.0.1")).isFalse();
    }
}
