package org.orepass.persistence.revenue;

import java.util.List;
import org.orepass.revenue.TaxPayment;
import org.orepass.revenue.internal.TaxPayments;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaTaxPayments extends JpaRepository<TaxPayment, Long>, TaxPayments {

    @Override
    default TaxPayment add(TaxPayment payment) {
        return save(payment);
    }

    @Override
    default List<TaxPayment> ofTax(Long taxDueId) {
        return findByTaxDueIdOrderById(taxDueId);
    }

    List<TaxPayment> findByTaxDueIdOrderById(Long taxDueId);

    @Override
    default List<TaxPayment> ofTaxes(java.util.Collection<Long> taxDueIds) {
        return findByTaxDueIdInOrderById(taxDueIds);
    }

    List<TaxPayment> findByTaxDueIdInOrderById(java.util.Collection<Long> taxDueIds);

    @Override
    default boolean receiptTaken(String country, String receiptReference) {
        return existsByCountryAndReceiptReference(country, receiptReference);
    }

    boolean existsByCountryAndReceiptReference(String country, String receiptReference);
}
