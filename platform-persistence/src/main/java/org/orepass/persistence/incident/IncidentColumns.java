package org.orepass.persistence.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orepass.incident.IncidentStatus;

/**
 * What the dashboards count of every incident, one primitive array per field, indexed by the incident's id
 * (identity ids are dense, so the arrays hold few holes). About 35 bytes an incident: a million incidents take
 * some 35 MB of heap. Places, countries and minerals are kept as small dictionary numbers. Not thread-safe:
 * {@link IncidentTally} guards it with a read-write lock.
 */
final class IncidentColumns {

    static final byte ABSENT = -1;
    static final int NO_DAY = Integer.MIN_VALUE;

    private static final IncidentStatus[] STATUSES = IncidentStatus.values();

    /** Highest id + 1. */
    int size = 1;
    byte[] status = absent(1024);
    byte[] severity = new byte[1024];
    int[] category = new int[1024];
    short[] country = new short[1024];
    /** Dictionary number of the division, or -1 when the incident is placed by country only. */
    short[] division = new short[1024];
    /** Dictionary number of coalesce(division, country): the dashboard's "division" breakdown. */
    short[] place = new short[1024];
    byte[] mineral = new byte[1024];
    int[] occurredDay = new int[1024];
    /** year * 12 + month - 1 of the day it occurred, for the monthly trend. */
    int[] occurredMonth = new int[1024];
    int firstMonth = Integer.MAX_VALUE;
    int lastMonth = Integer.MIN_VALUE;
    int[] reviewDueDay = new int[1024];
    /** Days from report to verification and to closing, as the SQL dashboard computes them; NaN when none. */
    double[] toVerification = new double[1024];
    double[] toClosing = new double[1024];

    final Dictionary countries = new Dictionary();
    final Dictionary divisions = new Dictionary();
    final Dictionary places = new Dictionary();
    final Dictionary minerals = new Dictionary();

    /** Writes (or overwrites) one incident as the database holds it now. */
    void put(long id, Row row) {
        if (id >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("Incident id beyond the in-memory tally's range: " + id);
        }
        int i = (int) id;
        ensureCapacity(i + 1);
        status[i] = (byte) IncidentStatus.valueOf(row.status()).ordinal();
        severity[i] = (byte) row.severity();
        category[i] = (int) row.categoryId();
        country[i] = countries.number(row.country());
        division[i] = row.division() == null ? -1 : divisions.number(row.division());
        place[i] = places.number(row.division() == null ? row.country() : row.division());
        mineral[i] = row.mineral() == null ? ABSENT : (byte) minerals.number(row.mineral());
        occurredDay[i] = (int) row.occurredOn().toEpochDay();
        occurredMonth[i] = row.occurredOn().getYear() * 12 + row.occurredOn().getMonthValue() - 1;
        firstMonth = Math.min(firstMonth, occurredMonth[i]);
        lastMonth = Math.max(lastMonth, occurredMonth[i]);
        reviewDueDay[i] = row.reviewDue() == null ? NO_DAY : (int) row.reviewDue().toEpochDay();
        toVerification[i] = row.toVerification() == null ? Double.NaN : row.toVerification();
        toClosing[i] = row.toClosing() == null ? Double.NaN : row.toClosing();
        size = Math.max(size, i + 1);
    }

    static IncidentStatus status(byte ordinal) {
        return STATUSES[ordinal];
    }

    private void ensureCapacity(int needed) {
        if (needed <= status.length) {
            return;
        }
        int capacity = Math.max(needed, status.length + (status.length >> 1));
        var grownStatus = absent(capacity);
        System.arraycopy(status, 0, grownStatus, 0, status.length);
        status = grownStatus;
        severity = java.util.Arrays.copyOf(severity, capacity);
        category = java.util.Arrays.copyOf(category, capacity);
        country = java.util.Arrays.copyOf(country, capacity);
        division = java.util.Arrays.copyOf(division, capacity);
        place = java.util.Arrays.copyOf(place, capacity);
        mineral = java.util.Arrays.copyOf(mineral, capacity);
        occurredDay = java.util.Arrays.copyOf(occurredDay, capacity);
        occurredMonth = java.util.Arrays.copyOf(occurredMonth, capacity);
        reviewDueDay = java.util.Arrays.copyOf(reviewDueDay, capacity);
        toVerification = java.util.Arrays.copyOf(toVerification, capacity);
        toClosing = java.util.Arrays.copyOf(toClosing, capacity);
    }

    private static byte[] absent(int capacity) {
        var array = new byte[capacity];
        java.util.Arrays.fill(array, ABSENT);
        return array;
    }

    /** One incident row as read from the database. */
    record Row(String status, int severity, long categoryId, String country, String division, String mineral,
            LocalDate occurredOn, LocalDate reviewDue, Double toVerification, Double toClosing) {
    }

    /** Codes (country, division, mineral) to small numbers and back; a few hundred at most. */
    static final class Dictionary {
        private final Map<String, Short> numbers = new HashMap<>();
        private final List<String> codes = new ArrayList<>();

        short number(String code) {
            return numbers.computeIfAbsent(code, c -> {
                codes.add(c);
                return (short) (codes.size() - 1);
            });
        }

        /** The number of a code, or -1 when no incident has it (so a filter on it matches nothing). */
        int find(String code) {
            var number = numbers.get(code);
            return number == null ? -1 : number;
        }

        String code(int number) {
            return codes.get(number);
        }

        int size() {
            return codes.size();
        }
    }
}
