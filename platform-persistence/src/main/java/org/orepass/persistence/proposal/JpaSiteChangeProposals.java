package org.orepass.persistence.proposal;

import java.util.List;
import java.util.Set;
import org.orepass.proposal.internal.ProposalSummary;
import org.orepass.proposal.SiteChangeProposal;
import org.orepass.proposal.internal.SiteChangeProposals;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaSiteChangeProposals extends JpaRepository<SiteChangeProposal, Long>, SiteChangeProposals {

    String SUMMARY = """
            select new org.orepass.proposal.internal.ProposalSummary(p.id, s.id, s.name, s.icglrId, p.proposedBy,
                p.proposedAt, p.status, p.decidedAt)
            from SiteChangeProposal p join MineSite s on s.id = p.siteId
            """;

    @Override
    default SiteChangeProposal add(SiteChangeProposal proposal) {
        return save(proposal);
    }

    @Override
    default List<ProposalSummary> pendingIn(String country, Set<String> divisions, int limit) {
        // An empty "in ()" list is not valid SQL everywhere; a code no division has stands for "any".
        return pending(country == null, country == null ? "" : country, divisions.isEmpty(),
                divisions.isEmpty() ? Set.of("-") : divisions, Limit.of(limit));
    }

    @Query(SUMMARY + """
            where p.status = org.orepass.proposal.internal.ProposalStatus.PENDING
              and (:anyCountry = true or (s.country = :country and (:anyDivision = true or s.division in :divisions)))
            order by p.proposedAt, p.id""")
    List<ProposalSummary> pending(@Param("anyCountry") boolean anyCountry, @Param("country") String country,
            @Param("anyDivision") boolean anyDivision, @Param("divisions") Set<String> divisions, Limit limit);

    @Override
    default List<ProposalSummary> ofOrganisation(Long organisationId, int limit) {
        return byOrganisation(organisationId, Limit.of(limit));
    }

    @Query(SUMMARY + "where p.organisationId = :organisationId order by p.proposedAt desc, p.id desc")
    List<ProposalSummary> byOrganisation(@Param("organisationId") Long organisationId, Limit limit);
}
