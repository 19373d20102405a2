package org.orepass.persistence.database;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Text;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last door before PostgreSQL for every text an entity stores, whichever way it came (a page, the APIs, an
 * import, the data generator): control characters are stripped ({@link Text#clean}) and a text longer than its
 * column is refused with {@code text.too-long} on the entity's field, instead of the database's "value too long"
 * error (issue 15). Column lengths are read from the database itself once at start-up, so they can never disagree
 * with the migrations. The web turns the refusal into an error next to the field ({@code StaleEditHandling} also
 * unwraps it when it surfaces only at commit).
 */
@Component
class TextColumns implements SmartInitializingSingleton, PreInsertEventListener, PreUpdateEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final DataSource dataSource;
    private final Map<String, Map<String, Integer>> lengths = new HashMap<>();

    TextColumns(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        this.entityManagerFactory = entityManagerFactory;
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        new JdbcTemplate(dataSource).query("""
                select table_name, column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and character_maximum_length is not null""",
                (java.sql.ResultSet row) -> {
                    lengths.computeIfAbsent(row.getString(1).toLowerCase(Locale.ROOT), t -> new HashMap<>())
                            .put(row.getString(2).toLowerCase(Locale.ROOT), row.getInt(3));
                });
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.prependListeners(EventType.PRE_INSERT, this);
        registry.prependListeners(EventType.PRE_UPDATE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getPersister(), event.getEntity(), event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event.getPersister(), event.getEntity(), event.getState());
        return false;
    }

    private void check(EntityPersister persister, Object entity, Object[] state) {
        var names = persister.getPropertyNames();
        for (int i = 0; i < state.length; i++) {
            if (!(state[i] instanceof String text)) {
                continue;
            }
            var clean = Text.clean(text);
            if (clean != text) {
                state[i] = clean;
                persister.setValue(entity, i, clean);
            }
            var max = maxLength(persister, i);
            if (max != null && clean.codePointCount(0, clean.length()) > max) {
                throw new DomainRuleViolation(names[i], "text.too-long", max);
            }
        }
    }

    private Integer maxLength(EntityPersister persister, int property) {
        if (!(persister instanceof AbstractEntityPersister table)) {
            return null;
        }
        var columns = table.getPropertyColumnNames(property);
        if (columns == null || columns.length != 1) {
            return null;
        }
        var tableName = table.getTableNameForColumn(columns[0]);
        if (tableName == null) {
            return null;
        }
        var ofTable = lengths.get(unquote(tableName.substring(tableName.lastIndexOf('.') + 1)));
        return ofTable == null ? null : ofTable.get(unquote(columns[0]));
    }

    private static String unquote(String name) {
        return name.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
