package org.orepass.legalhelp.internal;

import org.orepass.legalhelp.CaseStatus;

/** How many cases a provider has in a status. */
public record CaseCount(Long providerId, CaseStatus status, Long cases) {
}
