package org.orepass.organisation;

/** Published when an organisation's details change, so features that copy conclusions from them can follow. */
public record OrganisationDescribed(Long organisationId) {
}
