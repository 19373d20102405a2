package org.orepass.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisation;

/**
 * Which sites the ICGLR interchange may publish. The standard admits only member states, and its mine site must
 * carry a national id, and its owner (and operators) are given as full business entities: identifier, name, tax id
 * and contact details with a legal representative, an E.164 phone number and an e-mail address. A site without
 * an owner is served without the {@code owner} field (the one thing of the schema it then misses). A site that
 * lacks any of it lives in the registry as usual and its page says what is missing; the ICGLR endpoints leave
 * it out rather than send a document that breaks the standard. {@code JdbcSiteListings} holds the same rule in
 * SQL (a test keeps the two in step).
 */
public final class IcglrExchange {

    /** The standard's ContactDetails.contactPhoneNumber. */
    public static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");
    /** The standard's ContactDetails.contactEmail ({@code \w} spelled out, as JSON Schema reads it). */
    public static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9_.-]+@([A-Za-z0-9_-]+\\.)+[A-Za-z0-9_-]{2,4}$");

    private IcglrExchange() {
    }

    /** A phone number as people type it ("+256 772 123-456") in E.164 form ("+256772123456"). */
    public static String phone(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s().-]", "");
    }

    public static boolean isCompleteBusinessEntity(Organisation organisation) {
        return organisation.getContactName() != null && !organisation.getContactName().isBlank()
                && organisation.getContactEmail() != null && EMAIL.matcher(organisation.getContactEmail()).matches()
                && organisation.getContactPhone() != null
                && E164.matcher(phone(organisation.getContactPhone())).matches();
    }

    /** Message keys of what keeps the site out of the ICGLR interchange; empty when it may be published. */
    public static List<String> missing(MineSite site) {
        var missing = new ArrayList<String>();
        if (!Countries.ICGLR_MEMBERS.contains(site.getCountry())) {
            missing.add("icglr.missing.member-state");
            return missing;
        }
        if (site.getNationalId() == null) {
            missing.add("icglr.missing.national-id");
        }
        // A site without an owner is served without the owner field (issue 17: omit the field, never the
        // document); an owner that is recorded but incomplete still keeps it out, as before.
        if (site.getOwner() != null && !isCompleteBusinessEntity(site.getOwner())) {
            missing.add("icglr.missing.owner-contact");
        }
        if (site.getOperators().stream().anyMatch(operator -> !isCompleteBusinessEntity(operator))) {
            missing.add("icglr.missing.operator-contact");
        }
        return missing;
    }
}
