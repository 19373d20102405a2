package org.orepass.persistence.audit;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;
import org.orepass.audit.ActorWithheld;
import org.orepass.audit.AuditAction;
import org.orepass.audit.internal.FieldChange;
import org.orepass.audit.NotAudited;
import org.orepass.audit.Redacted;

/**
 * Writes an audit entry for every insert, update and delete Hibernate flushes, in the same transaction and on
 * the same connection: the change and its record commit or roll back together. Field-level old and new values
 * come from Hibernate's own dirty checking, so a new entity is audited without any code of its own.
 */
final class AuditRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private static final String INSERT = """
            insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
            values (?, ?, ?, ?, ?, ?::jsonb)""";

    private final transient Supplier<String> actor;
    private final transient Supplier<Instant> now;
    private final transient Map<Class<?>, Map<String, Field>> fields = new ConcurrentHashMap<>();

    AuditRecorder(Supplier<String> actor, Supplier<Instant> now) {
        this.actor = actor;
        this.now = now;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        var changes = wholeState(event.getEntity().getClass(), event.getPersister(), event.getState(), false);
        write(event.getSession(), event.getPersister(), event.getId(), AuditAction.CREATE, changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var changes = new LinkedHashMap<String, FieldChange>();
        var persister = event.getPersister();
        var names = persister.getPropertyNames();
        var types = persister.getPropertyTypes();
        var oldState = event.getOldState();
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType() || i == versionIndex(persister)) {
                continue; // collections are audited by onPostUpdateCollection; a version bump alone says nothing
            }
            var before = oldState == null ? null : render(types[i], oldState[i]);
            var after = render(types[i], event.getState()[i]);
            if (oldState == null || !Objects.equals(before, after)) {
                add(changes, event.getEntity().getClass(), names[i], before, after);
            }
        }
        if (!changes.isEmpty()) {
            write(event.getSession(), persister, event.getId(), AuditAction.UPDATE, changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        var changes = wholeState(event.getEntity().getClass(), event.getPersister(), event.getDeletedState(), true);
        write(event.getSession(), event.getPersister(), event.getId(), AuditAction.DELETE, changes);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        var owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return;
        }
        var role = event.getCollection().getRole();
        var property = role.substring(role.lastIndexOf('.') + 1);
        var before = renderCollection(event.getCollection().getStoredSnapshot());
        var after = renderCollection(event.getCollection());
        if (Objects.equals(before, after)) {
            return;
        }
        var changes = new LinkedHashMap<String, FieldChange>();
        add(changes, owner.getClass(), property, before, after);
        var persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
        write(event.getSession(), persister, event.getAffectedOwnerIdOrNull(), AuditAction.UPDATE, changes);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Every field of a created (as new values) or deleted (as old values) entity. */
    private Map<String, FieldChange> wholeState(Class<?> entityClass, EntityPersister persister, Object[] state,
            boolean asOld) {
        var changes = new LinkedHashMap<String, FieldChange>();
        var names = persister.getPropertyNames();
        var types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (i != versionIndex(persister)) {
                var value = render(types[i], state[i]);
                add(changes, entityClass, names[i], asOld ? value : null, asOld ? null : value);
            }
        }
        return changes;
    }

    private static int versionIndex(EntityPersister persister) {
        return persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
    }

    private void add(Map<String, FieldChange> changes, Class<?> entityClass, String property, String before,
            String after) {
        var field = field(entityClass, property);
        if (field != null && field.isAnnotationPresent(NotAudited.class)) {
            return;
        }
        if (field != null && field.isAnnotationPresent(Redacted.class)) {
            before = before == null ? null : FieldChange.REDACTED;
            after = after == null ? null : FieldChange.REDACTED;
        }
        if (before == null && after == null) {
            return;
        }
        changes.put(property, new FieldChange(property, before, after));
    }

    private Field field(Class<?> type, String property) {
        var byName = fields.computeIfAbsent(type, this::fieldsOf);
        return byName.get(property);
    }

    private Map<String, Field> fieldsOf(Class<?> type) {
        var result = new ConcurrentHashMap<String, Field>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                result.putIfAbsent(f.getName(), f);
            }
        }
        return result;
    }

    private static String render(Type type, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            return String.valueOf(proxy.getHibernateLazyInitializer().getInternalIdentifier());
        }
        if (type.isEntityType()) {
            return entityId(value);
        }
        if (type.isCollectionType() || value instanceof Collection<?>) {
            return renderCollection(value);
        }
        return value.toString();
    }

    /** Entities referenced from a field are written as their id; reflection avoids loading anything lazy. */
    private static String entityId(Object entity) {
        try {
            var method = entity.getClass().getMethod("getId");
            return String.valueOf(method.invoke(entity));
        } catch (ReflectiveOperationException e) {
            return entity.getClass().getSimpleName();
        }
    }

    private static String renderCollection(Object value) {
        if (value == null) {
            return null;
        }
        Collection<?> elements;
        if (value instanceof Map<?, ?> map) {
            elements = map.keySet();
        } else if (value instanceof Collection<?> collection) {
            elements = collection;
        } else {
            return value.toString();
        }
        var sorted = new TreeSet<String>();
        elements.forEach(element -> sorted.add(String.valueOf(element)));
        return String.join(", ", sorted);
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, Object id,
            AuditAction action, Map<String, FieldChange> changes) {
        var entityType = persister.getMappedClass().getSimpleName();
        var who = persister.getMappedClass().isAnnotationPresent(ActorWithheld.class) ? ActorWithheld.ACTOR
                : actor.get();
        session.doWork(connection -> {
            try (var statement = connection.prepareStatement(INSERT)) {
                statement.setTimestamp(1, Timestamp.from(now.get()));
                statement.setString(2, who);
                statement.setString(3, entityType);
                statement.setString(4, String.valueOf(id));
                statement.setString(5, action.name());
                statement.setString(6, Json.changes(changes.values()));
                statement.executeUpdate();
            }
        });
    }
}
