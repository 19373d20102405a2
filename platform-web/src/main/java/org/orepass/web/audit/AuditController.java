package org.orepass.web.audit;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.orepass.audit.AuditAction;
import org.orepass.audit.AuditSearch;
import org.orepass.audit.AuditTrail;
import org.orepass.web.support.Pages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators, inspectors and auditors search the audit trail: who changed what, when, from which value to
 * which, in words ({@link AuditLabels}).
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final String SEARCH = "audit/search";

    private final AuditTrail auditTrail;
    private final AuditLabels labels;

    AuditController(AuditTrail auditTrail, AuditLabels labels) {
        this.auditTrail = auditTrail;
        this.labels = labels;
    }

    @GetMapping
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var search = new AuditSearch(actor, entityType, entityId, action,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditAction.values());
        // The record types in the order of their names in the reader's language.
        var collator = Collator.getInstance(LocaleContextHolder.getLocale());
        model.addAttribute("entityTypes", auditTrail.entityTypes().stream()
                .sorted(Comparator.comparing(labels::entity, collator)).toList());
        model.addAttribute("result", auditTrail.search(search, Pages.of(page, size)));
        return SEARCH;
    }
}
