package org.orepass.web.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.orepass.web.security.SignedInUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages a signed-in user reaches by following links from the home page, one or two per kind of address
 * (digits ignored), for tests that need the forms the pages really show, with real ids (the demo data).
 */
final class DemoPages {

    static final List<String> USERS = List.of("admin", "inspector", "operator", "exporter", "cso", "auditor");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(api|actuator|logout|login|css|img|js|webjars)(/.*)?$|\\.(csv|pdf|json|geojson|png|svg|txt|xml)$"
                    + "|/attachments/\\d+$|/files?/|/documents/\\d+$|/evidence/\\d+$|/tiles/|/download");
    static final String ORIGIN = "http://localhost";

    interface Visitor {
        void page(String url, Document html) throws Exception;
    }

    private DemoPages() {
    }

    static void visit(MockMvc mvc, SignedInUser user, int maxPages, int perShape, Visitor visitor) throws Exception {
        var queue = new ArrayDeque<String>(List.of("/"));
        var seen = new HashSet<String>(queue);
        var shapes = new HashMap<String, Integer>();
        int visited = 0;
        while (!queue.isEmpty() && visited < maxPages) {
            var url = queue.poll();
            var response = mvc.perform(get(url).with(user(user))).andReturn().getResponse();
            visited++;
            if (response.getStatus() != 200 || response.getContentType() == null
                    || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            var page = Jsoup.parse(response.getContentAsString(), ORIGIN + url);
            visitor.page(url, page);
            for (var link : page.select("a[href]")) {
                var href = link.attr("abs:href");
                if (!href.startsWith(ORIGIN + "/")) {
                    continue;
                }
                var next = href.substring(ORIGIN.length()).replaceFirst("#.*", "");
                var path = next.replaceFirst("\\?.*", "");
                if (SKIPPED.matcher(path).find() || !seen.add(next)) {
                    continue;
                }
                var shape = next.replaceAll("\\d+", "N").replaceFirst("\\?.*", "?");
                if (shapes.merge(shape, 1, Integer::sum) <= perShape) {
                    queue.add(next);
                }
            }
        }
    }

    /** An address the pages link to, without the origin ("/sites/12"), or null for another site's. */
    static String local(String absolute) {
        return absolute.startsWith(ORIGIN + "/") ? absolute.substring(ORIGIN.length()) : null;
    }
}
