package org.orepass.persistence.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.contract.ReferencePrice;
import org.orepass.contract.internal.ReferencePrices;
import org.orepass.site.Mineral;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaReferencePrices extends JpaRepository<ReferencePrice, Long>, ReferencePrices {

    @Override
    default ReferencePrice add(ReferencePrice price) {
        return save(price);
    }

    @Override
    default Optional<ReferencePrice> latest(Mineral mineral, String currency, LocalDate onOrBefore) {
        return findFirstByMineralAndCurrencyAndPricedOnLessThanEqualOrderByPricedOnDescIdDesc(mineral, currency,
                onOrBefore);
    }

    Optional<ReferencePrice> findFirstByMineralAndCurrencyAndPricedOnLessThanEqualOrderByPricedOnDescIdDesc(
            Mineral mineral, String currency, LocalDate onOrBefore);

    @Override
    default Optional<ReferencePrice> latestAny(Mineral mineral, LocalDate onOrBefore) {
        return findFirstByMineralAndPricedOnLessThanEqualOrderByPricedOnDescIdDesc(mineral, onOrBefore);
    }

    Optional<ReferencePrice> findFirstByMineralAndPricedOnLessThanEqualOrderByPricedOnDescIdDesc(Mineral mineral,
            LocalDate onOrBefore);

    @Override
    default List<ReferencePrice> recent(int limit) {
        return findByOrderByPricedOnDescIdDesc(Limit.of(limit));
    }

    List<ReferencePrice> findByOrderByPricedOnDescIdDesc(Limit limit);
}
