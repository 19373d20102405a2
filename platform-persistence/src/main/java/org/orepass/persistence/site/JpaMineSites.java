package org.orepass.persistence.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaMineSites extends JpaRepository<MineSite, Long>, JpaSpecificationExecutor<MineSite>, MineSites {

    @Override
    default MineSite add(MineSite site) {
        return save(site);
    }

    @Override
    Optional<MineSite> findByIcglrId(String icglrId);

    @Override
    default boolean nationalIdTaken(String country, String nationalId, Long exceptId) {
        return countByNationalId(country, nationalId.toLowerCase(Locale.ROOT), exceptId == null ? -1L : exceptId) > 0;
    }

    @Query("""
            select count(s) from MineSite s
            where s.country = :country and lower(s.nationalId) = :nationalId and s.id <> :exceptId""")
    long countByNationalId(@Param("country") String country, @Param("nationalId") String nationalId,
            @Param("exceptId") Long exceptId);

    @Override
    @Query("""
            select s from MineSite s
            where (s.status = org.orepass.site.SiteStatus.GREEN and s.statusSince <= :greenSince)
               or (s.status = org.orepass.site.SiteStatus.BLUE and s.statusSince <= :blueSince)
               or (s.status = org.orepass.site.SiteStatus.YELLOW and s.correctionDeadline < :today)""")
    List<MineSite> withStatusLimitPassed(@Param("greenSince") LocalDate greenSince,
            @Param("blueSince") LocalDate blueSince, @Param("today") LocalDate today);
}
