package org.orepass.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.sms.UssdMenu.Complete;
import org.orepass.sms.UssdMenu.Screen;
import org.orepass.sms.UssdMenu.StatusAsked;
import org.orepass.sms.UssdPlaces.Place;

class UssdMenuTest {

    /** Texts are their keys (and language), so the test sees which screen came. */
    private final SmsTexts texts = (language, key, arguments) -> language + ":" + key;

    private final List<Place> provinces = new ArrayList<>();

    private final UssdPlaces places = new UssdPlaces() {
        @Override
        public List<Place> divisions(String country) {
            return country.equals("CD") ? provinces : List.of();
        }

        @Override
        public List<Place> sites(String division, String typed, int max) {
            return division.equals("CD-SK") && typed.toLowerCase().startsWith("n")
                    ? List.of(new Place("41", "Nyabibwe"), new Place("43", "Nyamurhale")) : List.of();
        }
    };

    private final UssdMenu menu = new UssdMenu(texts, places);

    UssdMenuTest() {
        for (var code : List.of("BC", "BU", "EQ", "HK", "HL", "HU", "IT", "KS", "MA", "NK", "SK")) {
            provinces.add(new Place("CD-" + code, "Province " + code));
        }
    }

    private Screen screen(String text) {
        var step = menu.next(text, "CD");
        assertThat(step).as(text).isInstanceOf(Screen.class);
        var screen = (Screen) step;
        assertThat(screen.end()).isFalse();
        return screen;
    }

    @Test
    void aReportAtARegisteredSiteInFrench() {
        assertThat(screen("").text()).isEqualTo("SW:sms.ussd.language");
        assertThat(screen("2").text()).isEqualTo("FR:sms.ussd.main");
        assertThat(screen("2*1").text()).isEqualTo("FR:sms.ussd.category");
        var firstPage = screen("2*1*3").text();
        assertThat(firstPage).startsWith("FR:sms.ussd.province\n1 Province BC").contains("7 Province IT")
                .doesNotContain("Province KS").endsWith("9 FR:sms.ussd.more");
        var secondPage = screen("2*1*3*9").text();
        assertThat(secondPage).contains("1 Province KS", "4 Province SK").doesNotContain("sms.ussd.more");
        assertThat(screen("2*1*3*9*4").text()).isEqualTo("FR:sms.ussd.place");
        var sites = screen("2*1*3*9*4*nya").text();
        assertThat(sites).isEqualTo("FR:sms.ussd.site\n1 Nyabibwe\n2 Nyamurhale\n8 FR:sms.ussd.other");
        assertThat(screen("2*1*3*9*4*nya*1").text()).isEqualTo("FR:sms.ussd.what");
        assertThat(menu.next("2*1*3*9*4*nya*1*des hommes armés", "CD")).isEqualTo(new Complete(SmsLanguage.FR,
                SmsCategory.ARMED_GROUP, "CD-SK", 41L, "Nyabibwe", "des hommes armés"));
    }

    @Test
    void anotherPlaceIsTypedIn() {
        assertThat(screen("1*1*1*9*4*Nyangezi").text()).startsWith("SW:sms.ussd.site\n1 Nyabibwe");
        assertThat(screen("1*1*1*9*4*Nyangezi*8").text()).isEqualTo("SW:sms.ussd.what");
        assertThat(menu.next("1*1*1*9*4*Nyangezi*8*watoto shimoni", "CD")).as("none of these keeps what was typed")
                .isEqualTo(new Complete(SmsLanguage.SW, SmsCategory.CHILDREN, "CD-SK", null, "Nyangezi",
                        "watoto shimoni"));
        assertThat(screen("1*1*1*9*4*Luhihi").text()).as("no site matches").isEqualTo("SW:sms.ussd.what");
        assertThat(menu.next("1*1*1*9*4*Luhihi*watoto", "CD")).isEqualTo(new Complete(SmsLanguage.SW,
                SmsCategory.CHILDREN, "CD-SK", null, "Luhihi", "watoto"));
        assertThat(menu.next("3*1*8*1*Mine of X*pit collapsed", "CD")).as("a province without sites")
                .isEqualTo(new Complete(SmsLanguage.EN, SmsCategory.ACCIDENT, "CD-BC", null, "Mine of X",
                        "pit collapsed"));
    }

    @Test
    void aCountryWithoutRegisteredSitesAsksForThePlaceStraightAway() {
        assertThat(((Screen) menu.next("3*1*9", "UG")).text()).isEqualTo("EN:sms.ussd.place");
        assertThat(menu.next("3*1*9*Busia*they burn amalgam", "UG")).isEqualTo(new Complete(SmsLanguage.EN,
                SmsCategory.MERCURY_POLLUTION, null, null, "Busia", "they burn amalgam"));
    }

    @Test
    void aWrongChoiceIsPassedOverAndTheScreenAskedAgain() {
        assertThat(screen("7").text()).isEqualTo("SW:sms.ussd.wrong\nSW:sms.ussd.language");
        assertThat(screen("7*1").text()).isEqualTo("SW:sms.ussd.main");
        assertThat(screen("1*5").text()).isEqualTo("SW:sms.ussd.wrong\nSW:sms.ussd.main");
        assertThat(screen("1*1*0").text()).isEqualTo("SW:sms.ussd.wrong\nSW:sms.ussd.category");
        assertThat(screen("1*1*2*9*9").text()).as("no third page").startsWith("SW:sms.ussd.wrong\nSW:sms.ussd.province");
        assertThat(screen("1*1*2*9*4*nya*5").text()).startsWith("SW:sms.ussd.wrong\nSW:sms.ussd.site");
        assertThat(screen("1*1*2*9*4*nya*1*  ").text()).as("a blank answer is no answer")
                .isEqualTo("SW:sms.ussd.what");
    }

    @Test
    void theStatusBranchAsksForTheCode() {
        assertThat(screen("3*2").text()).isEqualTo("EN:sms.ussd.code");
        assertThat(menu.next("3*2*ABCD-EFGH-JKMN-PQRS", "CD"))
                .isEqualTo(new StatusAsked(SmsLanguage.EN, "ABCD-EFGH-JKMN-PQRS"));
    }

    @Test
    void responsesStartWithConOrEnd() {
        assertThat(new Screen(false, "x").response()).isEqualTo("CON x");
        assertThat(new Screen(true, "y").response()).isEqualTo("END y");
    }
}
