package org.orepass.risk;

import org.orepass.risk.internal.EuImportThresholds;
import org.orepass.risk.internal.RiskAccessDenied;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN keeps the EU Annex I import thresholds the yearly report compares volumes with: adds the figures the
 * platform does not ship (those of Delegated Regulation (EU) 2020/1588) and corrects any, always naming the source.
 */
@Service
@Transactional
public class AnnexIThresholds {

    /** The CN code as the report matches it against {@code Mineral.hsCode()}: 2615.90.00. */
    static final Pattern CN_CODE = Pattern.compile("[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}");

    /** The column is numeric(17, 3): grams at most, and fourteen digits of kilograms. */
    private static final int TEXT_MAX = 200;

    private final EuImportThresholds thresholds;
    private final Clock clock;

    public AnnexIThresholds(EuImportThresholds thresholds, Clock clock) {
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** A CN code written as the report matches it, eight digits in three groups: 2615.90.00. */
    public static boolean isCnCode(String cnCode) {
        return cnCode != null && CN_CODE.matcher(cnCode.strip()).matches();
    }

    @Transactional(readOnly = true)
    public List<EuImportThreshold> listed() {
        return thresholds.listed();
    }

    @Transactional(readOnly = true)
    public EuImportThreshold get(Actor actor, String cnCode) {
        requireAdmin(actor);
        return find(cnCode);
    }

    public EuImportThreshold add(Actor actor, String cnCode, String description, BigDecimal thresholdKg,
            String source) {
        requireAdmin(actor);
        var code = cnCode == null ? "" : cnCode.strip();
        if (!isCnCode(code)) {
            throw new DomainRuleViolation("cnCode", "risk.threshold.cnCode.format");
        }
        check(description, thresholdKg, source);
        if (thresholds.findByCnCode(code).isPresent()) {
            throw new DomainRuleViolation("cnCode", "risk.threshold.cnCode.duplicate", code);
        }
        return thresholds.add(new EuImportThreshold(code, description.strip(), thresholdKg, source.strip(),
                actor.username(), clock.instant()));
    }

    public EuImportThreshold correct(Actor actor, String cnCode, long editedVersion, String description,
            BigDecimal thresholdKg, String source) {
        requireAdmin(actor);
        var threshold = find(cnCode);
        Versioned.requireVersion("EuImportThreshold", cnCode, threshold.getVersion(), editedVersion);
        check(description, thresholdKg, source);
        threshold.correct(description.strip(), thresholdKg, source.strip(), actor.username(), clock.instant());
        return threshold;
    }

    private EuImportThreshold find(String cnCode) {
        return thresholds.findByCnCode(cnCode).orElseThrow(() -> new NotFoundException("EuImportThreshold", cnCode));
    }

    private static void check(String description, BigDecimal thresholdKg, String source) {
        if (description == null || description.isBlank()) {
            throw new DomainRuleViolation("description", "risk.threshold.description.required");
        }
        if (description.strip().length() > TEXT_MAX) {
            throw new DomainRuleViolation("description", "risk.threshold.description.long");
        }
        checkKilograms(thresholdKg);
        if (source == null || source.isBlank()) {
            throw new DomainRuleViolation("source", "risk.threshold.source.required");
        }
        if (source.strip().length() > TEXT_MAX) {
            throw new DomainRuleViolation("source", "risk.threshold.source.long");
        }
    }

    /** More than nothing, and a {@link Mass} (to the gram, at most {@link Mass#MAX_KG}): thrown by the thresholdKg field. */
    public static void checkKilograms(BigDecimal thresholdKg) {
        if (thresholdKg == null) {
            throw new DomainRuleViolation("thresholdKg", "risk.threshold.kg.required");
        }
        if (thresholdKg.signum() <= 0) {
            throw new DomainRuleViolation("thresholdKg", "risk.threshold.kg.positive");
        }
        Mass.typed("thresholdKg", thresholdKg, true);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new RiskAccessDenied("change the EU Annex I thresholds");
        }
    }
}
