package org.orepass.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;

/** Who may link a report to which site, and how a site is shown to a reporter (issue 12). */
class ReportSiteLinkingRulesTest {

    private static Actor actor(String country, Set<String> divisions, Role... roles) {
        return new Actor("someone", 7L, Set.of(roles), country, divisions);
    }

    @Test
    void monitorsLinkAnywhereAndInspectorsOnlyToSitesTheyInspect() {
        assertThat(IncidentAccess.mayLinkSiteAt(actor(null, Set.of(), Role.CSO_MONITOR), "CD", "CD-NK")).isTrue();
        var westernInspector = actor("UG", Set.of("UG-W"), Role.INSPECTOR);
        assertThat(IncidentAccess.mayLinkSiteAt(westernInspector, "UG", "UG-W")).isTrue();
        assertThat(IncidentAccess.mayLinkSiteAt(westernInspector, "UG", "UG-E")).isFalse();
        assertThat(IncidentAccess.mayLinkSiteAt(westernInspector, "CD", "CD-NK")).isFalse();
        for (var role : new Role[] {Role.ADMIN, Role.AUDITOR, Role.OPERATOR, Role.EXPORTER}) {
            assertThat(IncidentAccess.mayLinkSiteAt(actor("UG", Set.of(), role), "UG", "UG-W")).as(role.name())
                    .isFalse();
        }
    }

    @Test
    void aSiteIsShownByItsNameAndPlaceInWords() {
        assertThat(new SiteChoice(1L, "Tin pit", "Kisoro", "UG-W", "UG").place()).isEqualTo("Kisoro, UG-W");
        assertThat(new SiteChoice(1L, "Tin pit", null, "UG-W", "UG").place()).isEqualTo("UG-W");
        assertThat(new SiteChoice(1L, "Tin pit", " ", null, "UG").place()).isEqualTo("UG");
    }
}
