package org.orepass.persistence.custody;

import java.util.List;
import org.orepass.custody.CustodyOperation;
import org.orepass.custody.internal.HeldLots;
import org.orepass.custody.Lot;
import org.orepass.custody.internal.LotOperations;
import org.orepass.site.Mineral;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Custody operations, and the lots an organisation may still take from (here rather than in a second repository
 * of lots, so that {@code Lot} keeps one repository).
 */
interface JpaLotOperations extends JpaRepository<CustodyOperation, Long>, LotOperations, HeldLots {

    @Override
    default CustodyOperation add(CustodyOperation operation) {
        return save(operation);
    }

    @Override
    default List<CustodyOperation> ofLot(Long lotId, int limit) {
        return touching(lotId, Limit.of(limit));
    }

    @Override
    default List<Lot> withMassLeft(Long organisationId, Mineral mineral, int limit) {
        return heldWithMass(organisationId, mineral, Limit.of(limit));
    }

    @Query("""
            select o from CustodyOperation o
            where o.id in (select l.operation.id from OperationLot l where l.lot.id = :lotId)
            order by o.operationDate, o.recordedAt, o.id""")
    List<CustodyOperation> touching(@Param("lotId") Long lotId, Limit limit);

    @Query("""
            select l from Lot l where l.custodian.id = :organisationId and l.mineral = :mineral and l.remainingKg > 0
            order by l.id""")
    List<Lot> heldWithMass(@Param("organisationId") Long organisationId, @Param("mineral") Mineral mineral,
            Limit limit);
}
