package org.orepass.persistence.legalhelp;

import java.util.List;
import org.orepass.legalhelp.LegalCase;
import org.orepass.legalhelp.internal.CaseCount;
import org.orepass.legalhelp.internal.Cases;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaCases extends JpaRepository<LegalCase, Long>, Cases {

    @Override
    default LegalCase add(LegalCase legalCase) {
        return save(legalCase);
    }

    @Override
    default List<LegalCase> ofRequester(String username, int limit) {
        return findByRequesterUsernameOrderByIdDesc(username, Limit.of(limit));
    }

    List<LegalCase> findByRequesterUsernameOrderByIdDesc(String username, Limit limit);

    @Override
    default List<LegalCase> ofProvider(long providerId, int limit) {
        return findByProviderIdOrderByIdDesc(providerId, Limit.of(limit));
    }

    List<LegalCase> findByProviderIdOrderByIdDesc(Long providerId, Limit limit);

    @Override
    default List<LegalCase> ofHelper(long providerId, String helper, int limit) {
        return findByProviderIdAndHelperUsernameOrderByIdDesc(providerId, helper, Limit.of(limit));
    }

    List<LegalCase> findByProviderIdAndHelperUsernameOrderByIdDesc(Long providerId, String helper, Limit limit);

    @Override
    @Query("""
            select new org.orepass.legalhelp.internal.CaseCount(c.providerId, c.status, count(c))
            from LegalCase c group by c.providerId, c.status""")
    List<CaseCount> counts();
}
