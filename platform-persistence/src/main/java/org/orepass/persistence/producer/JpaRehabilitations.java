package org.orepass.persistence.producer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.RehabilitationCommitment;
import org.orepass.producer.RehabilitationEvidence;
import org.orepass.producer.RehabilitationRecord;
import org.orepass.producer.RehabilitationVerification;
import org.orepass.producer.internal.RehabilitationFile;
import org.orepass.producer.internal.Rehabilitations;
import org.springframework.stereotype.Repository;

/** Rehabilitation commitments, progress, files and verdicts through the entity manager (audited like every entity). */
@Repository
class JpaRehabilitations implements Rehabilitations {

    @PersistenceContext
    private EntityManager entities;

    private <T> T persist(T entity) {
        entities.persist(entity);
        entities.flush();
        return entity;
    }

    @Override
    public RehabilitationCommitment add(RehabilitationCommitment commitment) {
        return persist(commitment);
    }

    @Override
    public Optional<RehabilitationCommitment> commitment(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(RehabilitationCommitment.class, id));
    }

    @Override
    public List<RehabilitationCommitment> ofProducer(Long producerId) {
        return entities.createQuery("select c from RehabilitationCommitment c where c.producerId = :p"
                + " order by c.siteId, c.id", RehabilitationCommitment.class).setParameter("p", producerId)
                .getResultList();
    }

    @Override
    public List<RehabilitationCommitment> ofProducers(Collection<Long> producerIds) {
        if (producerIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select c from RehabilitationCommitment c where c.producerId in :ids"
                + " order by c.producerId, c.siteId, c.id", RehabilitationCommitment.class)
                .setParameter("ids", producerIds).getResultList();
    }

    @Override
    public RehabilitationRecord add(RehabilitationRecord record) {
        return persist(record);
    }

    @Override
    public Optional<RehabilitationRecord> record(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(RehabilitationRecord.class, id));
    }

    @Override
    public List<RehabilitationRecord> recordsOf(Collection<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select r from RehabilitationRecord r where r.rehabilitationId in :ids"
                + " order by r.measuredOn, r.id", RehabilitationRecord.class).setParameter("ids", commitmentIds)
                .getResultList();
    }

    @Override
    public RehabilitationEvidence add(RehabilitationEvidence evidence) {
        return persist(evidence);
    }

    @Override
    public Optional<RehabilitationEvidence> evidence(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(RehabilitationEvidence.class, id));
    }

    @Override
    public List<RehabilitationFile> filesOf(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select new org.orepass.producer.internal.RehabilitationFile(e.id, e.progressId,"
                + " e.fileName, e.sizeBytes, e.uploadedBy, e.uploadedAt) from RehabilitationEvidence e"
                + " where e.progressId in :ids order by e.id", RehabilitationFile.class)
                .setParameter("ids", recordIds).getResultList();
    }

    @Override
    public RehabilitationVerification add(RehabilitationVerification verification) {
        return persist(verification);
    }

    @Override
    public List<RehabilitationVerification> verificationsOf(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select v from RehabilitationVerification v where v.progressId in :ids"
                + " order by v.verifiedAt, v.id", RehabilitationVerification.class).setParameter("ids", recordIds)
                .getResultList();
    }
}
