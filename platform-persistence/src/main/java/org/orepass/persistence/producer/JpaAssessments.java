package org.orepass.persistence.producer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.Answer;
import org.orepass.producer.AnswerEvidence;
import org.orepass.producer.ProgressAssessment;
import org.orepass.producer.Verification;
import org.orepass.producer.internal.Assessments;
import org.orepass.producer.internal.EvidenceSummary;
import org.springframework.stereotype.Repository;

/** Assessments, answers, evidence and verifications through the entity manager (audited like every entity). */
@Repository
class JpaAssessments implements Assessments {

    @PersistenceContext
    private EntityManager entities;

    private <T> T persist(T entity) {
        entities.persist(entity);
        entities.flush();
        return entity;
    }

    @Override
    public ProgressAssessment add(ProgressAssessment assessment) {
        return persist(assessment);
    }

    @Override
    public Optional<ProgressAssessment> find(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(ProgressAssessment.class, id));
    }

    @Override
    public List<ProgressAssessment> ofProducer(Long producerId) {
        return entities.createQuery("select a from ProgressAssessment a where a.producerId = :p"
                + " order by a.assessedOn, a.id", ProgressAssessment.class).setParameter("p", producerId)
                .getResultList();
    }

    @Override
    public Answer add(Answer answer) {
        return persist(answer);
    }

    @Override
    public Optional<Answer> answer(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(Answer.class, id));
    }

    @Override
    public List<Answer> answersOf(Collection<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select a from Answer a where a.assessmentId in :ids order by a.id",
                Answer.class).setParameter("ids", assessmentIds).getResultList();
    }

    @Override
    public AnswerEvidence add(AnswerEvidence evidence) {
        return persist(evidence);
    }

    @Override
    public Optional<AnswerEvidence> evidence(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(AnswerEvidence.class, id));
    }

    @Override
    public List<EvidenceSummary> evidenceOf(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select new org.orepass.producer.internal.EvidenceSummary(e.id, e.answerId,"
                + " e.fileName, e.sizeBytes, e.uploadedBy, e.uploadedAt) from AnswerEvidence e"
                + " where e.answerId in :ids order by e.id", EvidenceSummary.class)
                .setParameter("ids", answerIds).getResultList();
    }

    @Override
    public Verification add(Verification verification) {
        return persist(verification);
    }

    @Override
    public List<Verification> verificationsOf(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select v from Verification v where v.answerId in :ids"
                + " order by v.verifiedAt, v.id", Verification.class).setParameter("ids", answerIds)
                .getResultList();
    }
}
