package org.orepass.web.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.orepass.incident.CategoryNames;

/** A new taxonomy entry: a code, an optional parent, the Annex II mark, and its name in the four languages. */
public class CategoryForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size}")
    private String code;
    private Long parentId;
    private boolean annexIi;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String nameEn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String nameFr;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String nameEs;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String nameSw;

    CategoryNames names() {
        return new CategoryNames(nameEn, nameFr, nameEs, nameSw);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isAnnexIi() {
        return annexIi;
    }

    public void setAnnexIi(boolean annexIi) {
        this.annexIi = annexIi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameSw() {
        return nameSw;
    }

    public void setNameSw(String nameSw) {
        this.nameSw = nameSw;
    }
}
