package org.orepass.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * An entry of the incident taxonomy: a category, or a subcategory of one (one level deep). Names are kept in
 * the four languages as data, so an administrator can extend the taxonomy without a release. A subcategory
 * inherits its parent's Annex II mark.
 */
@Entity
@Table(name = "incident_category")
public class IncidentCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private Long parentId;
    private boolean annexIi;
    private String nameEn;
    private String nameFr;
    private String nameEs;
    private String nameSw;

    @Version
    private long version;

    protected IncidentCategory() {
        // for JPA
    }

    IncidentCategory(String code, IncidentCategory parent, boolean annexIi, CategoryNames names) {
        this.code = code;
        this.parentId = parent == null ? null : parent.getId();
        this.annexIi = parent == null ? annexIi : parent.isAnnexIi();
        this.nameEn = names.en();
        this.nameFr = names.fr();
        this.nameEs = names.es();
        this.nameSw = names.sw();
    }

    /** The name in the page's language; English when the language is not one of the four. */
    public String name(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> nameFr;
            case "es" -> nameEs;
            case "sw" -> nameSw;
            default -> nameEn;
        };
    }

    public boolean isSubcategory() {
        return parentId != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isAnnexIi() {
        return annexIi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public long getVersion() {
        return version;
    }
}
