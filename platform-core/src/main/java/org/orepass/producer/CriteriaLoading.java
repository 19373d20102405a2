package org.orepass.producer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.producer.internal.CriteriaSets;
import org.orepass.producer.internal.CriteriaStore;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.StaleEditException;
import org.orepass.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator loads an official criteria set from a file (docs/producer-criteria.md): upload and check
 * ({@link CriteriaFile}), preview, confirm. A loaded set is never changed: a new version is a new set, assessments
 * keep the set they were made against, and the administrator chooses which set new assessments use. Only
 * administrators; every row written is audited by the persistence layer.
 */
@Service
@Transactional
public class CriteriaLoading {

    /** A set on the administrator's page: whether new assessments use it, how many assessments were made with it. */
    public record SetRow(CriteriaSet set, boolean current, long assessments) {
    }

    /** A checked file: what it holds (with its problems), and the upload waiting for confirmation when clean. */
    public record Checked(CriteriaFile.Parsed parsed, CriteriaUpload upload) {
    }

    private final CriteriaSets sets;
    private final CriteriaStore store;
    private final Clock clock;

    public CriteriaLoading(CriteriaSets sets, CriteriaStore store, Clock clock) {
        this.sets = sets;
        this.store = store;
        this.clock = clock;
    }

    public static boolean mayLoad(Actor actor) {
        return actor != null && actor.has(Role.ADMIN);
    }

    private static void requireAdmin(Actor actor) {
        if (!mayLoad(actor)) {
            throw new ProducerAccessDenied("load criteria sets");
        }
    }

    /** The set new assessments use: the administrator's newest choice, else the newest set. */
    @Transactional(readOnly = true)
    public Optional<CriteriaSet> current() {
        return store.newestChoice().flatMap(choice -> sets.findById(choice.getSetId()))
                .or(sets::findFirstByOrderByPublishedOnDescIdDesc);
    }

    @Transactional(readOnly = true)
    public List<SetRow> sets(Actor actor) {
        requireAdmin(actor);
        var current = current().map(CriteriaSet::getId).orElse(null);
        return sets.findAllByOrderByPublishedOnDescIdDesc().stream()
                .map(s -> new SetRow(s, s.getId().equals(current), store.assessmentsOf(s.getId()))).toList();
    }

    /** Reads and checks a file; a clean one is kept for the preview (nothing is loaded yet). */
    public Checked check(Actor actor, String fileName, String text) {
        requireAdmin(actor);
        var parsed = checked(text);
        if (!parsed.ok()) {
            return new Checked(parsed, null);
        }
        var name = Text.fileName(fileName == null || fileName.isBlank() ? "criteria.csv" : fileName);
        var upload = store.add(new CriteriaUpload(name.length() > 200 ? name.substring(0, 200) : name, text,
                actor.username(), clock.instant()));
        return new Checked(parsed, upload);
    }

    /** The file as read again now (another administrator may have loaded the same version meanwhile). */
    @Transactional(readOnly = true)
    public Checked preview(Actor actor, Long uploadId) {
        requireAdmin(actor);
        var upload = store.upload(uploadId).orElseThrow(() -> new NotFoundException("CriteriaUpload", uploadId));
        return new Checked(upload.isLoaded() ? CriteriaFile.read(upload.getContent(), LocalDate.now(clock))
                : checked(upload.getContent()), upload);
    }

    /**
     * Loads the previewed file as a new set: the set, its criteria and every text, in one transaction; nothing is
     * loaded if the file no longer passes (the same version loaded meanwhile). With {@code makeCurrent}, new
     * assessments use it from now on; otherwise the set they used so far stays in use.
     */
    public CriteriaSet confirm(Actor actor, Long uploadId, long version, boolean makeCurrent) {
        requireAdmin(actor);
        var upload = store.upload(uploadId).orElseThrow(() -> new NotFoundException("CriteriaUpload", uploadId));
        if (upload.getVersion() != version) {
            throw new StaleEditException("CriteriaUpload", uploadId);
        }
        if (upload.isLoaded()) {
            throw new DomainRuleViolation(null, "criteria.upload.loaded");
        }
        var parsed = checked(upload.getContent());
        if (!parsed.ok()) {
            throw new DomainRuleViolation(null, "criteria.upload.problems");
        }
        var before = current();
        var now = clock.instant();
        var set = sets.save(new CriteriaSet(parsed.code(), parsed.version(), parsed.titles().get("en"),
                parsed.sources().get("en"), parsed.url(), parsed.date(), actor.username(), now));
        var texts = new ArrayList<CriteriaText>();
        parsed.titles().forEach((lang, text) -> texts.add(new CriteriaText(set.getId(), CriteriaText.SET, "", null,
                lang, text)));
        parsed.sources().forEach((lang, text) -> texts.add(new CriteriaText(set.getId(), CriteriaText.SOURCE, "",
                null, lang, text)));
        for (var module : parsed.modules()) {
            module.titles().forEach((lang, text) -> texts.add(new CriteriaText(set.getId(), CriteriaText.MODULE,
                    module.number(), null, lang, text)));
        }
        int position = 0;
        for (var item : parsed.criteria()) {
            var evidence = new java.util.EnumMap<ProgressLevel, String>(ProgressLevel.class);
            item.evidence().forEach((level, byLang) -> evidence.put(level, byLang.get("en")));
            store.add(new Criterion(set.getId(), item.module(), item.number(), ++position, item.titles().get("en"),
                    item.category(), evidence));
            item.titles().forEach((lang, text) -> texts.add(new CriteriaText(set.getId(), CriteriaText.CRITERION,
                    item.number(), null, lang, text)));
            item.descriptions().forEach((level, byLang) -> byLang.forEach((lang, text) -> texts.add(
                    new CriteriaText(set.getId(), CriteriaText.LEVEL, item.number(), level, lang, text))));
            item.evidence().forEach((level, byLang) -> byLang.forEach((lang, text) -> texts.add(
                    new CriteriaText(set.getId(), CriteriaText.EVIDENCE, item.number(), level, lang, text))));
        }
        texts.forEach(store::add);
        upload.loaded(set.getId());
        store.add(upload);
        if (store.newestChoice().isEmpty() && before.isPresent()) {
            // Until now "the newest set" was in use; keep it so, unless the administrator chose the new one.
            store.add(new CriteriaSetChoice(before.get().getId(), actor.username(), now));
        }
        if (makeCurrent) {
            store.add(new CriteriaSetChoice(set.getId(), actor.username(), now));
        }
        return set;
    }

    /** New assessments use this set from now on (assessments already made keep theirs). */
    public CriteriaSetChoice choose(Actor actor, Long setId) {
        requireAdmin(actor);
        var set = setId == null ? null : sets.findById(setId).orElse(null);
        if (set == null) {
            throw new NotFoundException("CriteriaSet", setId);
        }
        return store.add(new CriteriaSetChoice(set.getId(), actor.username(), clock.instant()));
    }

    private CriteriaFile.Parsed checked(String text) {
        var parsed = CriteriaFile.read(text, LocalDate.now(clock));
        if (parsed.ok() && sets.existsByCodeAndSetVersion(parsed.code(), parsed.version())) {
            var problems = new ArrayList<>(parsed.problems());
            problems.add(new CriteriaFile.Problem(null, "version", "criteria.file.version.taken",
                    List.of(parsed.code(), parsed.version())));
            return new CriteriaFile.Parsed(parsed.code(), parsed.version(), parsed.url(), parsed.date(),
                    parsed.titles(), parsed.sources(), parsed.modules(), parsed.criteria(), List.copyOf(problems),
                    parsed.problemCount() + 1);
        }
        return parsed;
    }
}
