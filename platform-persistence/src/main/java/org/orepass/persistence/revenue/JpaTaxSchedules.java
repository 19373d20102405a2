package org.orepass.persistence.revenue;

import java.time.LocalDate;
import java.util.List;
import org.orepass.revenue.TaxSchedule;
import org.orepass.revenue.internal.TaxSchedules;
import org.orepass.revenue.TaxType;
import org.orepass.site.Mineral;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaTaxSchedules extends JpaRepository<TaxSchedule, Long>, TaxSchedules {

    @Override
    default TaxSchedule add(TaxSchedule schedule) {
        return save(schedule);
    }

    @Override
    default List<TaxSchedule> list(String country) {
        return country == null ? findAllByOrderByCountryAscMineralAscTaxTypeAscValidFromDesc()
                : findByCountryOrderByMineralAscTaxTypeAscValidFromDesc(country);
    }

    List<TaxSchedule> findAllByOrderByCountryAscMineralAscTaxTypeAscValidFromDesc();

    List<TaxSchedule> findByCountryOrderByMineralAscTaxTypeAscValidFromDesc(String country);

    @Override
    @Query("""
            select s from TaxSchedule s where s.country = :country and s.mineral = :mineral
            and s.validFrom <= :day and (s.validTo is null or s.validTo >= :day) order by s.taxType""")
    List<TaxSchedule> validOn(@Param("country") String country, @Param("mineral") Mineral mineral,
            @Param("day") LocalDate day);

    @Override
    default List<TaxSchedule> overlapping(String country, Mineral mineral, TaxType taxType, LocalDate from,
            LocalDate to, Long exceptId) {
        return findByCountryAndMineralAndTaxTypeOrderByValidFrom(country, mineral, taxType).stream()
                .filter(s -> !s.getId().equals(exceptId) && s.overlaps(from, to)).toList();
    }

    List<TaxSchedule> findByCountryAndMineralAndTaxTypeOrderByValidFrom(String country, Mineral mineral,
            TaxType taxType);
}
