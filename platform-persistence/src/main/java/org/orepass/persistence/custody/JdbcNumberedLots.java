package org.orepass.persistence.custody;

import java.util.List;
import java.util.Locale;
import org.orepass.custody.NumberedLots;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Lots by the start of their number or their tag's number, over the prefix indexes of V71. */
@Repository
@Transactional(readOnly = true)
class JdbcNumberedLots implements NumberedLots {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcNumberedLots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A LIKE pattern matching what starts with {@code text}, case ignored, its wildcards taken literally. */
    static String prefix(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    @Override
    public List<Long> find(String lotNumber, String tagNumber, Long heldBy, int limit) {
        var sql = new StringBuilder("select l.id from lot l");
        var parameters = new MapSqlParameterSource("limit", limit);
        if (tagNumber != null) {
            sql.append(" join custody_tag t on t.id = l.tag_id and lower(t.number) like :tag");
            parameters.addValue("tag", prefix(tagNumber));
        }
        sql.append(" where true");
        if (lotNumber != null) {
            sql.append(" and lower(l.lot_number) like :lot");
            parameters.addValue("lot", prefix(lotNumber));
        }
        if (heldBy != null) {
            sql.append(" and l.custodian_id = :heldBy");
            parameters.addValue("heldBy", heldBy);
        }
        sql.append(" order by l.id desc limit :limit");
        return jdbc.queryForList(sql.toString(), parameters, Long.class);
    }
}
