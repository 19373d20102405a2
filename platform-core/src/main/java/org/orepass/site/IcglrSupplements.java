package org.orepass.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored supplements of ICGLR documents (a port). */
public interface IcglrSupplements {

    Optional<IcglrSupplement> findByKindAndSubject(String kind, String subject);

    List<IcglrSupplement> findByKindAndSubjectIn(String kind, Collection<String> subjects);

    IcglrSupplement store(IcglrSupplement supplement);

    void remove(IcglrSupplement supplement);
}
