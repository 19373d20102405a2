package org.orepass.persistence.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.orepass.persistence.database.WrittenRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every site's name, identifiers, division and position in this node's memory: for the site list's text search
 * ordered by name, and for the centres of divisions the incident map draws its circles at.
 *
 * <p>Why: a broad search ("rubaya" matches 6,667 of 100,000 sites) made PostgreSQL fetch and re-check every
 * match from the trigram bitmap, then sort them, on every page view: 7 ms alone and 25 ms under 16 clients, the
 * slowest list scenario. Looking for a substring in 100,000 short strings here takes a few milliseconds and no
 * database time; SQL then reads only the page's rows by id, and the count is exact. The incident map asked SQL
 * for the average position of each division's sites on every dashboard view (an index-only pass over every
 * site); summing them here costs well under a millisecond.
 *
 * <p>Never stale across nodes: each search first reads the sites written since the last look
 * ({@link WrittenRows}, V23). Sites are never deleted. The order is the name's code points then the id, which is
 * the database's own order under the C.UTF-8 collation the platform's PostgreSQL uses.
 */
@Component
public class SiteDirectory {

    private final WrittenRows written;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object catchingUp = new Object();
    private final Map<Long, Integer> positions = new HashMap<>();
    private long[] ids = new long[1024];
    private String[] names = new String[1024];
    /** Lower-case name, ICGLR id and national id, separated by a character nobody types. */
    private String[] terms = new String[1024];
    /**
     * Lower-case name, locality and division, for reporters who pick a site by its name or place: no
     * identifiers, since an ICGLR id is made of the site's coordinates.
     */
    private String[] places = new String[1024];
    private String[] countries = new String[1024];
    /** Dictionary number of each site's division (-1: none), so summing by division needs no hashing. */
    private int[] divisions = new int[1024];
    private final Map<String, Integer> divisionNumbers = new HashMap<>();
    /** Millionths of a degree: the columns' own scale (numeric(9, 6)), so sums are exact. */
    private long[] latitudes = new long[1024];
    private long[] longitudes = new long[1024];
    private int size;
    private long lookedFrom;

    SiteDirectory(DataSource dataSource, PlatformTransactionManager transactions) {
        this.written = new WrittenRows(dataSource, transactions);
    }

    /** Loads the names once the node is up, so the first search does not wait for them. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void loadInBackground() {
        WrittenRows.firstLookInBackground("site-name-index", this::catchUp);
    }

    /** One page of the sites whose name or identifiers contain {@code text}, by name, and how many there are. */
    public Page search(String text, long offset, int limit) {
        catchUp();
        var needle = text.strip().toLowerCase(Locale.ROOT);
        lock.readLock().lock();
        try {
            // Never more than there are sites: a page number typed into the address costs nothing.
            int wanted = (int) Math.min(size, offset + limit);
            var newest = new java.util.PriorityQueue<Integer>(Math.max(1, Math.min(wanted, 1024)),
                    (a, b) -> order(b, a));
            int total = 0;
            for (int i = 0; i < size; i++) {
                if (!terms[i].contains(needle)) {
                    continue;
                }
                total++;
                if (newest.size() < wanted) {
                    newest.add(i);
                } else if (wanted > 0 && order(i, newest.peek()) < 0) {
                    newest.poll();
                    newest.add(i);
                }
            }
            var first = new ArrayList<>(newest);
            first.sort(this::order);
            var page = new ArrayList<Long>();
            for (int n = (int) Math.min(offset, first.size()); n < first.size(); n++) {
                page.add(ids[first.get(n)]);
            }
            return new Page(page, total);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The first {@code limit} sites, by name, whose name, locality or division contains {@code text} (ignoring
     * case), of {@code country} when it is given. Identifiers are not searched (see {@link #places}).
     */
    public List<Long> byNameOrPlace(String text, String country, int limit) {
        catchUp();
        var needle = text.strip().toLowerCase(Locale.ROOT);
        lock.readLock().lock();
        try {
            var first = new java.util.PriorityQueue<Integer>(Math.max(1, limit), (a, b) -> order(b, a));
            for (int i = 0; i < size; i++) {
                if ((country != null && !country.equals(countries[i])) || !places[i].contains(needle)) {
                    continue;
                }
                if (first.size() < limit) {
                    first.add(i);
                } else if (limit > 0 && order(i, first.peek()) < 0) {
                    first.poll();
                    first.add(i);
                }
            }
            var sorted = new ArrayList<>(first);
            sorted.sort(this::order);
            return sorted.stream().map(i -> ids[i]).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** By name (code points, as the C.UTF-8 collation sorts), then by id. */
    private int order(int a, int b) {
        int byName = compareCodePoints(names[a], names[b]);
        return byName != 0 ? byName : Long.compare(ids[a], ids[b]);
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private void catchUp() {
        written.inTransaction(this::lookAgain);
    }

    private void lookAgain() {
        synchronized (catchingUp) {
            var look = written.since(lookedFrom, """
                    select id, name, icglr_id, national_id, country, division, locality, latitude, longitude
                    from mine_site where written_by_xact >= ?""",
                    (rs, n) -> new Site(rs.getLong("id"), rs.getString("name"), rs.getString("icglr_id"),
                            rs.getString("national_id"), rs.getString("country"), rs.getString("division"),
                            rs.getString("locality"), millionths(rs, "latitude"), millionths(rs, "longitude")));
            if (!look.rows().isEmpty()) {
                lock.writeLock().lock();
                try {
                    look.rows().forEach(this::put);
                } finally {
                    lock.writeLock().unlock();
                }
            }
            lookedFrom = look.mark();
        }
    }

    private static long millionths(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getBigDecimal(column).movePointRight(6).longValueExact();
    }

    private void put(Site site) {
        var at = positions.get(site.id());
        if (at == null) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                names = Arrays.copyOf(names, size * 2);
                terms = Arrays.copyOf(terms, size * 2);
                places = Arrays.copyOf(places, size * 2);
                countries = Arrays.copyOf(countries, size * 2);
                divisions = Arrays.copyOf(divisions, size * 2);
                latitudes = Arrays.copyOf(latitudes, size * 2);
                longitudes = Arrays.copyOf(longitudes, size * 2);
            }
            at = size++;
            positions.put(site.id(), at);
        }
        ids[at] = site.id();
        names[at] = site.name();
        terms[at] = (site.name() + '\u0001' + site.icglrId() + '\u0001'
                + (site.nationalId() == null ? "" : site.nationalId())).toLowerCase(Locale.ROOT);
        places[at] = (site.name() + '\u0001' + (site.locality() == null ? "" : site.locality()) + '\u0001'
                + (site.division() == null ? "" : site.division())).toLowerCase(Locale.ROOT);
        countries[at] = site.country() == null ? null : site.country().intern();
        divisions[at] = site.division() == null ? -1
                : divisionNumbers.computeIfAbsent(site.division(), d -> divisionNumbers.size());
        latitudes[at] = site.latitude();
        longitudes[at] = site.longitude();
    }

    private record Site(long id, String name, String icglrId, String nationalId, String country, String division,
            String locality, long latitude, long longitude) {
    }

    /**
     * The average position of the registered sites of each of these divisions (those with none are left out),
     * as SQL's {@code avg(latitude), avg(longitude)} gives it.
     */
    public Map<String, Centre> divisionCentres(java.util.Collection<String> wanted) {
        catchUp();
        var sums = new HashMap<String, long[]>();
        lock.readLock().lock();
        try {
            // Sums by division number; only the wanted divisions get one.
            var byNumber = new long[divisionNumbers.size()][];
            wanted.forEach(division -> {
                var number = divisionNumbers.get(division);
                if (number != null) {
                    byNumber[number] = sums.computeIfAbsent(division, d -> new long[3]);
                }
            });
            for (int i = 0; i < size; i++) {
                var sum = divisions[i] < 0 ? null : byNumber[divisions[i]];
                if (sum != null) {
                    sum[0] += latitudes[i];
                    sum[1] += longitudes[i];
                    sum[2]++;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        var centres = new HashMap<String, Centre>();
        sums.forEach((division, sum) -> {
            if (sum[2] > 0) {
                centres.put(division, new Centre(average(sum[0], sum[2]), average(sum[1], sum[2]), sum[2]));
            }
        });
        return centres;
    }

    private static double average(long millionths, long count) {
        return java.math.BigDecimal.valueOf(millionths, 6)
                .divide(java.math.BigDecimal.valueOf(count), java.math.MathContext.DECIMAL128).doubleValue();
    }

    /** A division's centre and how many sites it was averaged over. */
    public record Centre(double latitude, double longitude, long sites) {
    }

    /** The ids of one page, in the list's order, and the number of sites the search matches. */
    public record Page(List<Long> ids, long total) {
    }
}
