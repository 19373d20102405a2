package org.orepass.persistence.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.custody.Tag;
import org.orepass.custody.Tags;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaTags extends JpaRepository<Tag, Long>, Tags {

    @Override
    default List<Tag> addAll(List<Tag> tags) {
        return saveAll(tags);
    }

    @Override
    Optional<Tag> findByCountryAndNumber(String country, String number);

    @Override
    @Query("select t.number from Tag t where t.country = :country and t.number in :numbers")
    List<String> issuedNumbers(@Param("country") String country, @Param("numbers") Collection<String> numbers);

    @Override
    default List<Tag> ofSite(Long siteId, int limit) {
        return findBySiteIdOrderByIdDesc(siteId, Limit.of(limit));
    }

    List<Tag> findBySiteIdOrderByIdDesc(Long siteId, Limit limit);
}
