package org.orepass.custody;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.orepass.account.Actor;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.site.MineSites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An inspector with jurisdiction over a site issues it a numbered batch of tags, and voids lost ones. */
@Service
@Transactional
public class TagIssuing {

    /** A batch is what an agent carries to a site; a larger one is more likely a typo in the range. */
    public static final int MAX_BATCH = 5_000;
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9-]{0,20}");
    private static final int DIGITS = 6;

    private final Tags tags;
    private final MineSites sites;
    private final Organisations organisations;
    private final Clock clock;

    public TagIssuing(Tags tags, MineSites sites, Organisations organisations, Clock clock) {
        this.tags = tags;
        this.sites = sites;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The printed number of tag {@code n} of a batch: the prefix and six digits, so numbers sort as printed. */
    public static String number(String prefix, long n) {
        return prefix + String.format("%0" + DIGITS + "d", n);
    }

    public List<Tag> issue(Actor actor, Long siteId, String prefix, long from, long to) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!CustodyAccess.mayIssueTags(actor, site)) {
            throw new CustodyAccessDenied("issue tags to site " + site.getIcglrId());
        }
        var cleanPrefix = prefix == null ? "" : prefix.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PREFIX.matcher(cleanPrefix).matches()) {
            throw new DomainRuleViolation("prefix", "tag.prefix.invalid");
        }
        if (from < 1 || from >= Math.pow(10, DIGITS)) {
            throw new DomainRuleViolation("from", "tag.from.invalid");
        }
        if (to < from || to >= Math.pow(10, DIGITS)) {
            throw new DomainRuleViolation("to", "tag.to.invalid");
        }
        if (to - from + 1 > MAX_BATCH) {
            throw new DomainRuleViolation("to", "tag.batch.too-large", MAX_BATCH);
        }
        var numbers = new ArrayList<String>();
        for (long n = from; n <= to; n++) {
            numbers.add(number(cleanPrefix, n));
        }
        var taken = tags.issuedNumbers(site.getCountry(), numbers);
        if (!taken.isEmpty()) {
            throw new DomainRuleViolation("from", "tag.number.taken", taken.stream().sorted().findFirst().get(),
                    taken.size());
        }
        var batch = numbers.get(0) + " – " + numbers.get(numbers.size() - 1);
        var issuer = actor.organisationId() == null ? null
                : organisations.findById(actor.organisationId()).orElse(null);
        var now = clock.instant();
        return tags.addAll(numbers.stream()
                .map(number -> new Tag(site, number, batch, issuer, actor.username(), now)).toList());
    }

    public Tag voidTag(Actor actor, Long tagId) {
        var tag = tags.findById(tagId).orElseThrow(() -> new NotFoundException("Tag", tagId));
        if (!CustodyAccess.mayIssueTags(actor, tag.getSite())) {
            throw new CustodyAccessDenied("void tag " + tag.getNumber());
        }
        tag.voidTag();
        return tag;
    }
}
