package org.orepass.producer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.CriteriaSetChoice;
import org.orepass.producer.CriteriaText;
import org.orepass.producer.CriteriaUpload;
import org.orepass.producer.Criterion;

/** Criteria loaded by an administrator: criteria, their texts, uploads waiting for confirmation, choices (a port). */
public interface CriteriaStore {

    Criterion add(Criterion criterion);

    CriteriaText add(CriteriaText text);

    CriteriaSetChoice add(CriteriaSetChoice choice);

    CriteriaUpload add(CriteriaUpload upload);

    Optional<CriteriaUpload> upload(Long id);

    /** Every text of these sets. */
    List<CriteriaText> textsOf(Collection<Long> setIds);

    /** The newest choice of the set new assessments use, if any was made. */
    Optional<CriteriaSetChoice> newestChoice();

    /** How many assessments were made against this set. */
    long assessmentsOf(Long setId);
}
