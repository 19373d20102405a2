package org.orepass.persistence.organisation;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.Organisations;
import org.orepass.shared.CountryCode;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaOrganisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation>,
        Organisations {

    @Override
    default Organisation add(Organisation organisation) {
        return save(organisation);
    }

    @Override
    default boolean nameTaken(String country, String name, Long exceptId) {
        return CountryCode.isCountry(country) && countByName(CountryCode.of(country),
                name.toLowerCase(java.util.Locale.ROOT), exceptId == null ? -1L : exceptId) > 0;
    }

    @Query("select count(o) from Organisation o where o.country = :country and lower(o.name) = :name and o.id <> :exceptId")
    long countByName(@Param("country") CountryCode country, @Param("name") String name, @Param("exceptId") Long exceptId);

    @Override
    default boolean smelterIdTaken(org.orepass.organisation.SmelterId smelterId, Long exceptId) {
        return countBySmelterId(smelterId, exceptId == null ? -1L : exceptId) > 0;
    }

    @Query("select count(o) from Organisation o where o.smelterId = :smelterId and o.id <> :exceptId")
    long countBySmelterId(@Param("smelterId") org.orepass.organisation.SmelterId smelterId,
            @Param("exceptId") Long exceptId);

    /** Only the filters the user set become SQL conditions, so the planner can walk the (name, id) index. */
    @Override
    default ResultPage<Organisation> search(OrganisationSearch search, PageQuery page) {
        Specification<Organisation> filters = (root, query, cb) -> {
            var conditions = new ArrayList<Predicate>();
            if (search.text() != null && !search.text().isBlank()) {
                var pattern = search.textPattern();
                conditions.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("taxId")), pattern, '\\')));
            }
            if (search.type() != null) {
                conditions.add(cb.equal(root.get("type"), search.type()));
            }
            if (search.country() != null) {
                // A filter that is no country matches nothing (the column only holds ISO codes).
                conditions.add(CountryCode.isCountry(search.country())
                        ? cb.equal(root.get("country"), CountryCode.of(search.country())) : cb.disjunction());
            }
            if (search.active() != null) {
                conditions.add(cb.equal(root.get("active"), search.active()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
        Page<Organisation> result = findAll(filters, PageRequest.of(page.page(), page.size(), Sort.by("name", "id")));
        return new ResultPage<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

    @Override
    @Query("select o from Organisation o where o.active = true order by o.name")
    List<Organisation> allActive();
}
