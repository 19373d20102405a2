package org.orepass.persistence.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.orepass.incident.SiteChoice;
import org.orepass.incident.internal.SiteChoices;
import org.orepass.persistence.site.SiteDirectory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites a reporter may pick: the in-memory site directory finds the matches by name or place (a substring over
 * every site, which a trigram index answers slowly for broad words), SQL reads the few rows shown by id. Only
 * the columns a stranger may see are read: no coordinates, no identifiers.
 */
@Repository
@Transactional(readOnly = true)
class DirectorySiteChoices implements SiteChoices {

    private static final RowMapper<SiteChoice> CHOICE = (rs, n) -> new SiteChoice(rs.getLong("id"),
            rs.getString("name"), rs.getString("locality"), rs.getString("division"), rs.getString("country"));

    private final SiteDirectory directory;
    private final NamedParameterJdbcTemplate jdbc;

    DirectorySiteChoices(SiteDirectory directory, NamedParameterJdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public List<SiteChoice> find(String text, String country, int limit) {
        var ids = directory.byNameOrPlace(text, country, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, SiteChoice>();
        jdbc.query("select id, name, locality, division, country from mine_site where id = any (:ids)",
                new MapSqlParameterSource("ids", ids.toArray(Long[]::new)), CHOICE)
                .forEach(choice -> byId.put(choice.id(), choice));
        // In the directory's order (by name).
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<SiteChoice> byId(Long id) {
        return jdbc.query("select id, name, locality, division, country from mine_site where id = :id",
                new MapSqlParameterSource("id", id), CHOICE).stream().findFirst();
    }
}
