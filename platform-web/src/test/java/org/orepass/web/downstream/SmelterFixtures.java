package org.orepass.web.downstream;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.SmelterAuditStatus;
import org.orepass.organisation.SmelterProfile;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;

/** A smelter registered abroad with its RMI id, audit status and address, and one of its users. */
final class SmelterFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000) + 500_000);

    private final OrganisationAdministration organisations;
    private final AccountFixtures fixtures;

    SmelterFixtures(OrganisationAdministration organisations, AccountFixtures fixtures) {
        this.organisations = organisations;
        this.fixtures = fixtures;
    }

    record Smelter(Organisation organisation, String cid, SignedInUser operator) {
    }

    static String nextCid() {
        return String.format("CID%06d", NEXT.incrementAndGet());
    }

    Smelter smelter(String namePrefix, String country) {
        var registered = organisations.register(new OrganisationDetails(AccountFixtures.unique(namePrefix),
                OrganisationType.SMELTER, country, null, null, "Smelterweg 4", null, null, null));
        var cid = nextCid();
        var profiled = organisations.profileSmelter(registered.getId(), registered.getVersion(),
                new SmelterProfile(cid, SmelterAuditStatus.CONFORMANT, LocalDate.of(2026, 3, 1),
                        "RMI conformant list", "Smelterweg 4", "Arnhem", "Gelderland"));
        return new Smelter(profiled, cid, fixtures.memberOf(profiled.getId(), Role.OPERATOR));
    }
}
