package org.orepass.web.icglr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ICGLR lot API is a door too (docs/custody.md, "No trade from a red site"): a document naming as input a lot
 * from a site red for a critical criterion is refused with 409 and the refusal that names the lot, the site and the
 * reason, in the caller's language, before anything else is said about it; once a later inspection clears the
 * site, the same document meets only the API's ordinary answer (combinations are not recorded through it yet).
 */
@PlatformTest
class IcglrLotBlockIntegrationTest {

    private static final String API = "/api/icglr/v1/lots";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired TokenIssuing tokens;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;

    private ObjectNode combination(String inputLotNumber) {
        var document = json.createObjectNode();
        document.put("mineral", "2609.00.00");
        document.put("concentration", 60);
        document.put("mass", new BigDecimal("50"));
        document.put("unitOfMeasurement", "KGM");
        document.put("packageType", "Bag");
        document.put("nrOfPackages", 2);
        document.putArray("creatorRole").add(2);
        document.putArray("originatingOperation").add(3);
        document.putArray("inputLot").addObject().put("lotNumber", inputLotNumber);
        document.put("dateSealed", LocalDate.now(clock).toString());
        return document;
    }

    private MockHttpServletResponse send(String token, ObjectNode body, String language) throws Exception {
        return mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                        .header("Authorization", token).header("Accept-Language", language)
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    @Test
    void aDocumentTakingALotFromARedSiteIsRefusedWithTheSiteAndTheReasonUntilTheSiteIsGreenAgain()
            throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var inspectorAccount = fixtures.user(Role.INSPECTOR);
        var operatorAccount = fixtures.user(Role.OPERATOR);
        var inspector = fixtures.signedIn(inspectorAccount);
        var operator = fixtures.signedIn(operatorAccount);
        for (var organisation : new Long[] {inspector.organisationId(), operator.organisationId()}) {
            // The standard publishes only lots whose creator and tag issuer have complete contact details.
            jdbc.update("update organisation set contact_name = 'Grace Tumusiime', contact_email = 'grace@kisoro.org',"
                    + " contact_phone = '+256 772 123 456' where id = ?", organisation);
        }
        var token = "Bearer " + tokens.issue(operatorAccount.getUsername(), "test").value();
        var today = LocalDate.now(clock);
        long site = f.site(inspector, operator);
        long lot = f.produce(inspector, operator, site, "80", today.minusDays(5));
        var number = f.lotNumber(lot);
        assertThat(mvc.perform(get(API + "/" + number).header("Authorization", token)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus()).isEqualTo(200);

        f.inspectRed(inspector, site, today.minusDays(2));
        var refused = send(token, combination(number), "fr");
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
        var problem = json.readTree(refused.getContentAsString()).path("details").path("problems").get(0);
        assertThat(problem.path("field").asString()).isEqualTo("inputLot");
        assertThat(problem.path("reason").asString()).isEqualTo(messages.getMessage("lot.blocked.red-critical",
                new Object[] {number, f.siteName(site), today.minusDays(2).toString()}, Locale.FRENCH));

        f.inspectGreen(inspector, site, today);
        var lawful = send(token, combination(number), "en");
        assertThat(lawful.getStatus()).as(lawful.getContentAsString()).isEqualTo(422);
        assertThat(lawful.getContentAsString()).contains("UNSUPPORTED_OPERATION");
    }
}
