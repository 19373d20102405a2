package org.orepass.persistence.custody;

import java.util.List;
import org.orepass.custody.Transfer;
import org.orepass.custody.internal.Transfers;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaTransfers extends JpaRepository<Transfer, Long>, Transfers {

    @Override
    default Transfer add(Transfer transfer) {
        return save(transfer);
    }

    @Override
    default List<Transfer> incomingTo(Long buyerId, int limit) {
        return incoming(buyerId, Limit.of(limit));
    }

    @Override
    default List<Transfer> outgoingFrom(Long sellerId, int limit) {
        return findBySellerIdOrderByIdDesc(sellerId, Limit.of(limit));
    }

    @Override
    default List<Transfer> ofLot(Long lotId) {
        return findByLotIdOrderByIdDesc(lotId);
    }

    /** Deliveries still to confirm come first: they are the buyer's work. */
    @Query("""
            select t from Transfer t where t.buyer.id = :buyerId
            order by case when t.status = org.orepass.custody.internal.TransferStatus.SENT then 0 else 1 end, t.id desc""")
    List<Transfer> incoming(@Param("buyerId") Long buyerId, Limit limit);

    List<Transfer> findBySellerIdOrderByIdDesc(Long sellerId, Limit limit);

    List<Transfer> findByLotIdOrderByIdDesc(Long lotId);
}
