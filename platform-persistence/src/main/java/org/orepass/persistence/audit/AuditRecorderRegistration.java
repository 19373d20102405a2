package org.orepass.persistence.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.orepass.audit.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Hooks the {@link AuditRecorder} into Hibernate once the entity manager factory exists. */
@Component
class AuditRecorderRegistration implements SmartInitializingSingleton {

    private final EntityManagerFactory entityManagerFactory;
    private final ObjectProvider<CurrentActor> currentActor;
    private final Clock clock;

    AuditRecorderRegistration(EntityManagerFactory entityManagerFactory, ObjectProvider<CurrentActor> currentActor,
            Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var recorder = new AuditRecorder(this::actorName, this::now);
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, recorder);
        registry.appendListeners(EventType.POST_UPDATE, recorder);
        registry.appendListeners(EventType.POST_DELETE, recorder);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, recorder);
    }

    /** When an entry is written; the day only for an anonymous reporter's writes (docs/incidents.md). */
    private java.time.Instant now() {
        var now = clock.instant();
        return CurrentActor.ANONYMOUS.equals(actorName()) ? now.truncatedTo(java.time.temporal.ChronoUnit.DAYS) : now;
    }

    private String actorName() {
        var actor = currentActor.getIfAvailable();
        return actor == null ? CurrentActor.SYSTEM : actor.name();
    }
}
