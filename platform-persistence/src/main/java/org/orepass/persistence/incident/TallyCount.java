package org.orepass.persistence.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orepass.incident.IncidentFigures;
import org.orepass.incident.IncidentFigures.Count;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.internal.IncidentVisibility;

/**
 * One pass over {@link IncidentColumns} for one filter: the same rows {@link IncidentFilterSql} selects and the
 * same figures, orders and limits {@link JdbcIncidentStatistics} returns, medians exact as percentile_cont (a test holds the two to each other).
 * The caller holds the tally's read lock.
 */
final class TallyCount {

    private static final Comparator<Count> LARGEST_FIRST = Comparator.comparingLong(Count::count).reversed()
            .thenComparing(Count::key);
    private static final Comparator<Count> BY_KEY = Comparator.comparing(Count::key);

    private final IncidentColumns columns;
    private final IncidentTally.CategoryTree categories;
    private final boolean[] statusSelected = new boolean[IncidentStatus.values().length];
    /** 0: any level. */
    private final int severity;
    /** -1: any category. */
    private final long category;
    private final int country;
    private final int division;
    private final int mineral;
    private final int from;
    private final int to;
    private final int today;
    private final boolean overdueOnly;
    /** Null: every place is visible; else visibility by country, and by division when non-empty. */
    private final int visibleCountry;
    private final boolean[] visibleDivisions;
    private final boolean nothingSelected;

    TallyCount(IncidentColumns columns, IncidentTally.CategoryTree categories, IncidentSearch search,
            IncidentVisibility visibility, LocalDate today, boolean verifiedOnly) {
        this.columns = columns;
        this.categories = categories;
        boolean impossible = false;
        for (var status : IncidentStatus.values()) {
            statusSelected[status.ordinal()] = (!verifiedOnly || IncidentStatus.VERIFIED_OR_LATER.contains(status))
                    && (search.status() == null || search.status() == status);
        }
        severity = search.severity() == null ? 0 : search.severity();
        category = search.categoryId() == null ? -1 : search.categoryId();
        country = code(columns.countries, search.country());
        division = code(columns.divisions, search.division());
        mineral = search.mineral() == null ? Integer.MIN_VALUE : columns.minerals.find(search.mineral().name());
        impossible |= search.country() != null && country < 0;
        impossible |= search.division() != null && division < 0;
        impossible |= search.mineral() != null && mineral < 0;
        from = search.from() == null ? Integer.MIN_VALUE : (int) search.from().toEpochDay();
        to = search.to() == null ? Integer.MAX_VALUE : (int) search.to().toEpochDay();
        this.today = (int) today.toEpochDay();
        overdueOnly = search.overdue();
        if (visibility.all()) {
            visibleCountry = Integer.MIN_VALUE;
            visibleDivisions = null;
        } else {
            visibleCountry = visibility.country() == null ? -1 : columns.countries.find(visibility.country());
            impossible |= visibleCountry < 0;
            if (visibility.divisions().isEmpty()) {
                visibleDivisions = null;
            } else {
                visibleDivisions = new boolean[columns.divisions.size()];
                visibility.divisions().forEach(code -> {
                    int number = columns.divisions.find(code);
                    if (number >= 0) {
                        visibleDivisions[number] = true;
                    }
                });
            }
        }
        nothingSelected = impossible;
    }

    private static int code(IncidentColumns.Dictionary dictionary, String code) {
        return code == null ? Integer.MIN_VALUE : dictionary.find(code);
    }

    /** 1900-01 and 2099-12 as year * 12 + month - 1: the months the trend can show (JdbcIncidentStatistics too). */
    static final int FIRST_MONTH = 1900 * 12;
    static final int LAST_MONTH = 2099 * 12 + 11;

    IncidentFigures figures() {
        var c = columns;
        long total = 0;
        long open = 0;
        long overdue = 0;
        var byTop = new long[categories.top.length + 1];
        var bySeverity = new long[4];
        var byStatus = new long[statusSelected.length];
        var byPlace = new long[c.places.size()];
        // The trend covers plausible months only: a date stored out of all meaning (0001-01-01, typed before dates
        // had bounds, or written by hand) is counted everywhere else but would stretch the trend over millennia.
        int firstMonth = Math.max(Math.min(c.firstMonth, c.lastMonth), FIRST_MONTH);
        int lastMonth = Math.min(c.lastMonth, LAST_MONTH);
        var byMonth = new long[lastMonth < firstMonth ? 0 : lastMonth - firstMonth + 1];
        var toVerification = new Durations(c.size);
        var toResolution = new Durations(c.size / 4);
        int resolved = IncidentStatus.RESOLVED.ordinal();
        for (int i = 1; i < c.size && !nothingSelected; i++) {
            byte status = c.status[i];
            if (status < 0 || !statusSelected[status] || !selected(i)) {
                continue;
            }
            boolean isOpen = IncidentTally.open(IncidentColumns.status(status));
            boolean isOverdue = isOpen && c.reviewDueDay[i] != IncidentColumns.NO_DAY && c.reviewDueDay[i] < today;
            if (overdueOnly && !isOverdue) {
                continue;
            }
            total++;
            open += isOpen ? 1 : 0;
            overdue += isOverdue ? 1 : 0;
            int top = categories.topOf(c.category[i]);
            if (top >= byTop.length) {
                byTop = java.util.Arrays.copyOf(byTop, top + 1);
            }
            byTop[top]++;
            bySeverity[c.severity[i]]++;
            byStatus[status]++;
            byPlace[c.place[i]]++;
            int month = c.occurredMonth[i];
            if (month >= firstMonth && month <= lastMonth) {
                byMonth[month - firstMonth]++;
            }
            if (!Double.isNaN(c.toVerification[i])) {
                toVerification.add(c.toVerification[i]);
            }
            if (status == resolved && !Double.isNaN(c.toClosing[i])) {
                toResolution.add(c.toClosing[i]);
            }
        }
        var months = new ArrayList<Count>();
        for (int m = byMonth.length - 1; m >= 0 && months.size() < 24; m--) {
            if (byMonth[m] > 0) {
                int month = firstMonth + m;
                int monthOfYear = month % 12 + 1;
                months.add(0, new Count(String.format(java.util.Locale.ROOT, "%04d-%02d", month / 12, monthOfYear),
                        byMonth[m]));
            }
        }
        return new IncidentFigures(total, open, overdue,
                counts(byTop, String::valueOf, LARGEST_FIRST, Integer.MAX_VALUE),
                counts(bySeverity, String::valueOf, BY_KEY, Integer.MAX_VALUE),
                counts(byStatus, n -> IncidentColumns.status((byte) n).name(), LARGEST_FIRST, Integer.MAX_VALUE),
                counts(byPlace, c.places::code, LARGEST_FIRST, 30), months,
                rounded(toVerification.median()), rounded(toResolution.median()));
    }

    /**
     * The ids of one page of the selected incidents, newest occurrence first (then highest id), as the lists order
     * them, and how many are selected: a bounded min-heap over one pass keeps the page's {@code offset + limit}
     * newest.
     */
    IncidentTally.IdPage page(long offset, int limit) {
        var c = columns;
        // Never more than there are incidents: a page number typed into the address costs nothing.
        int wanted = (int) Math.min(c.size, offset + limit);
        var heap = new long[Math.max(1, wanted)];
        int held = 0;
        long total = 0;
        for (int i = 1; i < c.size && !nothingSelected; i++) {
            byte status = c.status[i];
            if (status < 0 || !statusSelected[status] || !selected(i)) {
                continue;
            }
            if (overdueOnly && !(IncidentTally.open(IncidentColumns.status(status))
                    && c.reviewDueDay[i] != IncidentColumns.NO_DAY && c.reviewDueDay[i] < today)) {
                continue;
            }
            total++;
            if (wanted == 0) {
                continue;
            }
            // Day then id in one long; the offset keeps days before 1970 ordered.
            long key = ((long) c.occurredDay[i] + Integer.MAX_VALUE) << 32 | i;
            if (held < wanted) {
                heap[held] = key;
                siftUp(heap, held++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(heap, held);
            }
        }
        var newestFirst = java.util.Arrays.copyOf(heap, held);
        java.util.Arrays.sort(newestFirst);
        var ids = new ArrayList<Long>();
        for (long n = newestFirst.length - 1 - offset; n >= 0; n--) {
            ids.add(newestFirst[(int) n] & 0xFFFF_FFFFL);
        }
        return new IncidentTally.IdPage(ids, total);
    }

    /** Every selected incident's id, in the lists' order (newest occurrence first, then highest id). */
    long[] allIds() {
        var c = columns;
        var keys = new long[1024];
        int held = 0;
        for (int i = 1; i < c.size && !nothingSelected; i++) {
            byte status = c.status[i];
            if (status < 0 || !statusSelected[status] || !selected(i)) {
                continue;
            }
            if (overdueOnly && !(IncidentTally.open(IncidentColumns.status(status))
                    && c.reviewDueDay[i] != IncidentColumns.NO_DAY && c.reviewDueDay[i] < today)) {
                continue;
            }
            if (held == keys.length) {
                keys = java.util.Arrays.copyOf(keys, held * 2);
            }
            keys[held++] = ((long) c.occurredDay[i] + Integer.MAX_VALUE) << 32 | i;
        }
        java.util.Arrays.sort(keys, 0, held);
        var ids = new long[held];
        for (int n = 0; n < held; n++) {
            ids[n] = keys[held - 1 - n] & 0xFFFF_FFFFL;
        }
        return ids;
    }

    private static void siftUp(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            int left = 2 * at + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == at) {
                return;
            }
            long swap = heap[smallest];
            heap[smallest] = heap[at];
            heap[at] = swap;
            at = smallest;
        }
    }

    private boolean selected(int i) {
        var c = columns;
        if (severity != 0 && c.severity[i] != severity) {
            return false;
        }
        if (category != -1 && c.category[i] != category && categories.topOf(c.category[i]) != category) {
            return false;
        }
        if (country != Integer.MIN_VALUE && c.country[i] != country) {
            return false;
        }
        if (division != Integer.MIN_VALUE && c.division[i] != division) {
            return false;
        }
        if (mineral != Integer.MIN_VALUE && c.mineral[i] != mineral) {
            return false;
        }
        if (c.occurredDay[i] < from || c.occurredDay[i] > to) {
            return false;
        }
        if (visibleCountry != Integer.MIN_VALUE) {
            if (c.country[i] != visibleCountry) {
                return false;
            }
            if (visibleDivisions != null && (c.division[i] < 0 || c.division[i] >= visibleDivisions.length
                    || !visibleDivisions[c.division[i]])) {
                return false;
            }
        }
        return true;
    }

    private static List<Count> counts(long[] counts, java.util.function.IntFunction<String> key,
            Comparator<Count> order, int limit) {
        var list = new ArrayList<Count>();
        for (int n = 0; n < counts.length; n++) {
            if (counts[n] > 0) {
                list.add(new Count(key.apply(n), counts[n]));
            }
        }
        return list.stream().sorted(order).limit(limit).toList();
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    /** Durations of the selected incidents, for an exact median (PostgreSQL's percentile_cont(0.5)). */
    static final class Durations {
        private double[] values;
        private int size;

        /** Sized for the expected count at once: growing by doubling copied a million values several times. */
        Durations(int expected) {
            values = new double[Math.max(16, expected)];
        }

        void add(double value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** The middle value, or the mean of the two middle ones by linear interpolation; null when empty. */
        Double median() {
            if (size == 0) {
                return null;
            }
            int lower = (size - 1) / 2;
            double low = smallest(lower);
            return size % 2 == 1 ? low : low + (smallest(lower + 1) - low) * 0.5;
        }

        /**
         * The k-th smallest value (from 0). A quickselect over a million durations cost a fifth of the dashboard's
         * time; instead, one pass counts the values per bucket of their leading 16 bits (an order-preserving key),
         * a walk over the 65,536 counts finds the bucket holding the k-th, and only that bucket's values (a few
         * thousand) are sorted.
         */
        double smallest(int k) {
            var counts = new int[1 << 16];
            for (int i = 0; i < size; i++) {
                counts[bucket(values[i])]++;
            }
            int bucket = 0;
            int before = 0;
            while (before + counts[bucket] <= k) {
                before += counts[bucket++];
            }
            var inBucket = new double[counts[bucket]];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (bucket(values[i]) == bucket) {
                    inBucket[n++] = values[i];
                }
            }
            java.util.Arrays.sort(inBucket);
            return inBucket[k - before];
        }

        /** The leading 16 bits of a key that orders as the doubles do (negative ones flipped). */
        private static int bucket(double value) {
            long bits = Double.doubleToLongBits(value);
            long key = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            return (int) (key >>> 48);
        }
    }
}
