package org.orepass.producer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.Answer;
import org.orepass.producer.AnswerEvidence;
import org.orepass.producer.ProgressAssessment;
import org.orepass.producer.Verification;

/** Assessments, their answers, evidence files and verifications (a port). */
public interface Assessments {

    ProgressAssessment add(ProgressAssessment assessment);

    Optional<ProgressAssessment> find(Long id);

    /** Oldest first. */
    List<ProgressAssessment> ofProducer(Long producerId);

    Answer add(Answer answer);

    Optional<Answer> answer(Long id);

    List<Answer> answersOf(Collection<Long> assessmentIds);

    AnswerEvidence add(AnswerEvidence evidence);

    Optional<AnswerEvidence> evidence(Long id);

    /** The files of these answers without their bytes. */
    List<EvidenceSummary> evidenceOf(Collection<Long> answerIds);

    Verification add(Verification verification);

    /** Oldest first. */
    List<Verification> verificationsOf(Collection<Long> answerIds);
}
