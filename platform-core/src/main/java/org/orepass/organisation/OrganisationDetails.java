package org.orepass.organisation;

/** What an administrator records about an organisation, checked by {@link Organisation#describe}. */
public record OrganisationDetails(
        String name,
        OrganisationType type,
        String country,
        String division,
        String taxId,
        String address,
        String contactName,
        String contactEmail,
        String contactPhone) {
}
