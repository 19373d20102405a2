package org.orepass.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Issued tags (a port; persistence implements it). */
public interface Tags {

    List<Tag> addAll(List<Tag> tags);

    Optional<Tag> findById(Long id);

    Optional<Tag> findByCountryAndNumber(String country, String number);

    /** Which of these numbers the country has already issued. */
    List<String> issuedNumbers(String country, Collection<String> numbers);

    /** The site's tags, newest first, at most {@code limit}. */
    List<Tag> ofSite(Long siteId, int limit);
}
