package org.orepass.web.api;

import org.orepass.web.security.SignedInUser;
import java.util.List;
import java.util.Set;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.web.support.Pages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform's own JSON API for accounts: who am I, and (for administrators) the organisations. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final Organisations organisations;

    AccountApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    record Me(String username, String fullName, Long organisationId, String organisationName, Set<Role> roles,
            String jurisdictionCountry, Set<String> jurisdictionDivisions) {
    }

    record OrganisationJson(Long id, String name, OrganisationType type, String country, String division,
            String taxId, boolean active) {

        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.getId(), o.getName(), o.getType(), o.getCountry(), o.getDivision(),
                    o.getTaxId(), o.isActive());
        }
    }

    record Pagination(int page, int limit, long total, int totalPages, boolean hasNext, boolean hasPrevious) {
    }

    record OrganisationPage(List<OrganisationJson> data, Pagination pagination) {
    }

    @GetMapping("/me")
    Me me(SignedInUser user) {
        return new Me(user.username(), user.fullName(), user.organisationId(), user.organisationName(), user.roles(),
                user.jurisdictionCountry(), user.jurisdictionDivisions());
    }

    /** Pages are numbered from 1, as in the ICGLR standard's APIs. */
    @GetMapping("/admin/organisations")
    OrganisationPage organisations(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int limit) {
        var result = organisations.search(new OrganisationSearch(q, type, country, null),
                Pages.of(Math.max(page, 1) - 1, limit));
        return new OrganisationPage(result.items().stream().map(OrganisationJson::of).toList(),
                new Pagination(result.page() + 1, result.size(), result.total(), result.totalPages(),
                        result.hasNext(), result.hasPrevious()));
    }
}
