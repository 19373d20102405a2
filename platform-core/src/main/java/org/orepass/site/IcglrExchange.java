package org.orepass.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisation;

/**
 * Which sites the ICGLR interchange may publish. The standard admits only member states, and its mine site must
 * carry a national id: a site that lacks either lives in the registry as usual, its page says what is missing, and
 * the ICGLR endpoints leave it out ({@link #missing}). Its owner (and operators) are business entities with contact
 * details (a legal representative, an E.164 phone number and an e-mail address); what the registry lacks of them
 * is left out of the document, never the document (issue 17): a site without an owner is served without the
 * {@code owner} field, an owner or operator with incomplete contact details without its {@code contactDetails}
 * ({@link #servedWithout}). The result is kept on the site's row ({@code icglr_ready}), which the list counts.
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
        return hasContactDetails(organisation.getContactName(), organisation.getContactEmail(),
                organisation.getContactPhone());
    }

    /**
     * Whether an organisation's contact details make the standard's MD.09 object: a legal representative, an
     * e-mail address and an E.164 phone number (as people type it), all three.
     */
    public static boolean hasContactDetails(String contactName, String contactEmail, String contactPhone) {
        return contactName != null && !contactName.isBlank()
                && contactEmail != null && EMAIL.matcher(contactEmail).matches()
                && contactPhone != null && E164.matcher(phone(contactPhone)).matches();
    }

    /**
     * Message keys of what keeps the site out of the ICGLR interchange; empty when it may be published. Depends on
     * the site's own fields only, so the flag kept on its row never waits for another record to change.
     */
    public static List<String> missing(MineSite site) {
        var missing = new ArrayList<String>();
        if (!Countries.ICGLR_MEMBERS.contains(site.getCountry())) {
            missing.add("icglr.missing.member-state");
            return missing;
        }
        if (site.getNationalId() == null) {
            missing.add("icglr.missing.national-id");
        }
        return missing;
    }

    /**
     * Message keys of what a published site's document is served without (issue 17: omit the field, never the
     * document): the contact details of an owner or operator that lacks any of them. (A site without an owner is
     * served without the owner field; its page says so on its own.)
     */
    public static List<String> servedWithout(MineSite site) {
        var without = new ArrayList<String>();
        if (site.getOwner() != null && !isCompleteBusinessEntity(site.getOwner())) {
            without.add("icglr.missing.owner-contact");
        }
        if (site.getOperators().stream().anyMatch(operator -> !isCompleteBusinessEntity(operator))) {
            without.add("icglr.missing.operator-contact");
        }
        return without;
    }
}
