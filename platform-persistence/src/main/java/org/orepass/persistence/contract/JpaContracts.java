package org.orepass.persistence.contract;

import java.time.LocalDate;
import java.util.List;
import org.orepass.contract.Contract;
import org.orepass.contract.internal.ContractStore;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaContracts extends JpaRepository<Contract, Long>, ContractStore {

    @Override
    default Contract add(Contract contract) {
        return save(contract);
    }

    @Override
    default List<Contract> ofOrganisation(long organisationId, int limit) {
        return involving(organisationId, Limit.of(limit));
    }

    @Query("""
            select c from Contract c join fetch c.owner left join fetch c.counterparty
            where c.owner.id = :org or c.counterparty.id = :org order by c.signedOn desc, c.id desc""")
    List<Contract> involving(@Param("org") long organisationId, Limit limit);

    @Override
    @Query("""
            select c from Contract c left join fetch c.counterparty
            where c.owner.id = :owner and c.startsOn <= :on and (c.endsOn is null or c.endsOn >= :on)
            order by c.reference, c.id""")
    List<Contract> inForce(@Param("owner") long ownerId, @Param("on") LocalDate on);
}
