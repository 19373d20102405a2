package org.orepass.incident.internal;

/** A lot an incident is linked to, by id and by the number people read on its papers. */
public record LotReference(Long id, String lotNumber) {
}
