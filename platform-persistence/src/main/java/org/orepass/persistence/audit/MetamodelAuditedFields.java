package org.orepass.persistence.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.orepass.audit.AuditedFields;
import org.orepass.audit.DirectlyAudited;
import org.orepass.audit.NotAudited;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The audited fields from Hibernate's metamodel, by the rule {@link AuditRecorder} follows: every persistent
 * attribute of an entity except its id, its version and those marked {@link NotAudited}; then the records features
 * write to the trail in plain SQL, as each declares them ({@link DirectlyAudited}).
 */
@Component
class MetamodelAuditedFields implements AuditedFields {

    private final EntityManagerFactory entityManagerFactory;
    private final ObjectProvider<DirectlyAudited> directlyAudited;
    private volatile Map<String, Map<String, Class<?>>> all;

    MetamodelAuditedFields(EntityManagerFactory entityManagerFactory,
            ObjectProvider<DirectlyAudited> directlyAudited) {
        this.entityManagerFactory = entityManagerFactory;
        this.directlyAudited = directlyAudited;
    }

    @Override
    public Map<String, Map<String, Class<?>>> all() {
        var result = all;
        if (result == null) {
            result = read();
            all = result;
        }
        return result;
    }

    private Map<String, Map<String, Class<?>>> read() {
        var result = new TreeMap<String, Map<String, Class<?>>>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            var type = entity.getJavaType();
            var fields = new LinkedHashMap<String, Class<?>>();
            entity.getAttributes().stream().sorted(Comparator.comparing(Attribute::getName))
                    .filter(attribute -> audited(type, attribute))
                    .forEach(attribute -> fields.put(attribute.getName(), valueType(attribute)));
            result.put(type.getSimpleName(), Collections.unmodifiableMap(fields));
        }
        // The records features write to the trail themselves (plain SQL), as they declare them.
        directlyAudited.orderedStream().forEach(direct -> direct.fields().forEach((record, fields) -> {
            if (result.containsKey(record)) {
                throw new IllegalStateException("audited twice: " + record);
            }
            result.put(record, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
        }));
        return Collections.unmodifiableMap(result);
    }

    private static boolean audited(Class<?> type, Attribute<?, ?> attribute) {
        if (attribute instanceof SingularAttribute<?, ?> singular && (singular.isId() || singular.isVersion())) {
            return false;
        }
        var field = field(type, attribute.getName());
        return field == null || !field.isAnnotationPresent(NotAudited.class);
    }

    private static Class<?> valueType(Attribute<?, ?> attribute) {
        if (attribute instanceof MapAttribute<?, ?, ?> map) {
            return map.getKeyJavaType();
        }
        if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
            return plural.getElementType().getJavaType();
        }
        return attribute.getJavaType();
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }
}
