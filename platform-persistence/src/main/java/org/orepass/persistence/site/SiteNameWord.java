package org.orepass.persistence.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A word of a site's name (V15, kept by a database trigger): read-only, so the map's and the downloads' criteria
 * queries find sites by name exactly as the list does.
 */
@Entity
@Immutable
@Table(name = "mine_site_name_word")
@IdClass(SiteNameWord.Key.class)
class SiteNameWord {

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Id
    private String word;

    private String name;

    protected SiteNameWord() {
        // read-only, for JPA
    }

    static class Key implements Serializable {

        private Long siteId;
        private String word;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(siteId, key.siteId) && Objects.equals(word, key.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, word);
        }
    }
}
