package org.orepass.persistence.organisation;

import java.util.List;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaOrganisations extends JpaRepository<Organisation, Long>, Organisations {

    @Override
    default Organisation add(Organisation organisation) {
        return save(organisation);
    }

    @Override
    default boolean nameTaken(String country, String name, Long exceptId) {
        return countByName(country, name.toLowerCase(java.util.Locale.ROOT), exceptId == null ? -1L : exceptId) > 0;
    }

    @Query("select count(o) from Organisation o where o.country = :country and lower(o.name) = :name and o.id <> :exceptId")
    long countByName(@Param("country") String country, @Param("name") String name, @Param("exceptId") Long exceptId);

    @Override
    default ResultPage<Organisation> search(OrganisationSearch search, PageQuery page) {
        Page<Organisation> result = findPage(search.textPattern(), search.type(), search.country(), search.active(),
                PageRequest.of(page.page(), page.size(), Sort.by("name", "id")));
        return new ResultPage<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

    @Query("""
            select o from Organisation o
            where (lower(o.name) like :pattern escape '\\' or lower(coalesce(o.taxId, '')) like :pattern escape '\\')
              and (:type is null or o.type = :type)
              and (:country is null or o.country = :country)
              and (:active is null or o.active = :active)
            """)
    Page<Organisation> findPage(@Param("pattern") String pattern, @Param("type") OrganisationType type,
            @Param("country") String country, @Param("active") Boolean active, Pageable pageable);

    @Override
    @Query("select o from Organisation o where o.active = true order by o.name")
    List<Organisation> allActive();
}
