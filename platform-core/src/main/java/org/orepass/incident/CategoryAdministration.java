package org.orepass.incident;

import org.orepass.incident.internal.IncidentAccessDenied;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators extend the taxonomy; entries are never removed, since incidents keep pointing at them. */
@Service
@Transactional
public class CategoryAdministration {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9_]{2,40}$");

    private final IncidentCategories categories;

    public CategoryAdministration(IncidentCategories categories) {
        this.categories = categories;
    }

    public IncidentCategory add(Actor actor, String code, Long parentId, boolean annexIi, CategoryNames names) {
        if (!actor.has(Role.ADMIN)) {
            throw new IncidentAccessDenied("add an incident category");
        }
        var normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new DomainRuleViolation("code", "incident.category.code.format");
        }
        if (categories.codeTaken(normalised)) {
            throw new DomainRuleViolation("code", "incident.category.code.taken");
        }
        IncidentCategory parent = null;
        if (parentId != null) {
            parent = categories.findById(parentId)
                    .filter(found -> !found.isSubcategory())
                    .orElseThrow(() -> new DomainRuleViolation("parentId", "incident.category.parent.invalid"));
        }
        return categories.add(new IncidentCategory(normalised, parent, annexIi, new CategoryNames(
                names.en().strip(), names.fr().strip(), names.es().strip(), names.sw().strip())));
    }
}
