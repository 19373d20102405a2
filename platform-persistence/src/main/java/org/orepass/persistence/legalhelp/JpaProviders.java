package org.orepass.persistence.legalhelp;

import java.util.List;
import org.orepass.account.Role;
import org.orepass.legalhelp.LegalHelpProvider;
import org.orepass.legalhelp.internal.Providers;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaProviders extends JpaRepository<LegalHelpProvider, Long>, Providers {

    @Override
    default LegalHelpProvider add(LegalHelpProvider provider) {
        return save(provider);
    }

    @Override
    default List<LegalHelpProvider> all() {
        return findAll();
    }

    @Override
    default List<String> helpersOf(long organisationId) {
        return usersWithRole(organisationId, Role.CSO_MONITOR);
    }

    @Query("""
            select u.username from UserAccount u join u.roles r
            where u.organisation.id = :org and r = :role and u.active = true order by u.username""")
    List<String> usersWithRole(@Param("org") long organisationId, @Param("role") Role role);
}
