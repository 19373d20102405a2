package org.orepass.persistence.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.orepass.incident.DivisionCentres;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Division centres as the average position of the registry's sites. The country (the division code's first two
 * letters) lets the query use the sites' (country, division) index; V21's covering index keeps it off the table.
 */
@Repository
@Transactional(readOnly = true)
class JdbcDivisionCentres implements DivisionCentres {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDivisionCentres(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, DivisionCentre> of(Collection<String> divisions) {
        var result = new HashMap<String, DivisionCentre>();
        if (divisions.isEmpty()) {
            return result;
        }
        var countries = divisions.stream().map(d -> d.substring(0, 2).toUpperCase(Locale.ROOT)).distinct().toList();
        var params = new MapSqlParameterSource("divisions", divisions).addValue("countries", countries);
        jdbc.query("""
                select division, avg(latitude) as latitude, avg(longitude) as longitude, count(*) as sites
                from mine_site where country in (:countries) and division in (:divisions)
                group by division""", params, (java.sql.ResultSet rs) -> {
                    result.put(rs.getString("division"), new DivisionCentre(rs.getString("division"),
                            rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getLong("sites")));
                });
        return result;
    }
}
