package org.orepass.persistence.producer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.CriteriaSetChoice;
import org.orepass.producer.CriteriaText;
import org.orepass.producer.CriteriaUpload;
import org.orepass.producer.Criterion;
import org.orepass.producer.internal.CriteriaStore;
import org.springframework.stereotype.Repository;

/** Loaded criteria, texts, uploads and choices through the entity manager (audited like every entity). */
@Repository
class JpaCriteriaStore implements CriteriaStore {

    @PersistenceContext
    private EntityManager entities;

    private <T> T persist(T entity) {
        entities.persist(entity);
        return entity;
    }

    @Override
    public Criterion add(Criterion criterion) {
        persist(criterion);
        entities.flush();
        return criterion;
    }

    @Override
    public CriteriaText add(CriteriaText text) {
        return persist(text);
    }

    @Override
    public CriteriaSetChoice add(CriteriaSetChoice choice) {
        persist(choice);
        entities.flush();
        return choice;
    }

    @Override
    public CriteriaUpload add(CriteriaUpload upload) {
        if (upload.getId() == null) {
            persist(upload);
        } else {
            upload = entities.merge(upload);
        }
        entities.flush();
        return upload;
    }

    @Override
    public Optional<CriteriaUpload> upload(Long id) {
        return Optional.ofNullable(id == null ? null : entities.find(CriteriaUpload.class, id));
    }

    @Override
    public List<CriteriaText> textsOf(Collection<Long> setIds) {
        if (setIds.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select t from CriteriaText t where t.setId in :sets", CriteriaText.class)
                .setParameter("sets", setIds).getResultList();
    }

    @Override
    public Optional<CriteriaSetChoice> newestChoice() {
        return entities.createQuery("select c from CriteriaSetChoice c order by c.id desc",
                CriteriaSetChoice.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public long assessmentsOf(Long setId) {
        return entities.createQuery("select count(a) from ProgressAssessment a where a.setId = :set", Long.class)
                .setParameter("set", setId).getSingleResult();
    }
}
