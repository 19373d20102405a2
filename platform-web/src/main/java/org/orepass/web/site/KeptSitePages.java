package org.orepass.web.site;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Mine-site pages kept in memory per site version (issue 15: the signed-in site page's cost).
 *
 * <p>A site page read its site, licences, history, inspections and their actions, proposals, reviews and files
 * (eight statements) and rendered some two hundred template expressions on every view, though a site changes a
 * few times a year and is read many times a day. The inside of its {@code <main>} ({@code site/view-main.html}) is
 * now kept per site, language and viewer, with the site's version ({@code SitePageVersions}, moved on by database
 * triggers whatever writes) and the day (colours and expired licences follow the date): a view whose version and
 * day match is served without reading the site again; any change shows on the next view, on every node.
 *
 * <p>The viewer is what the page's choices depend on: roles, organisation and jurisdiction (who may inspect, edit,
 * produce, propose, see tags, report). A page with a form (a token is per session), a pending override (its text
 * depends on who asked) or errors being shown again is never kept. At most {@code orepass.site-page.kept} pages per
 * node; when full, all are dropped and kept again as they are viewed.
 */
@Component
class KeptSitePages {

    static final String MAIN = "site/view-main";

    private final ThymeleafViewResolver views;
    private final int capacity;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    KeptSitePages(ThymeleafViewResolver views, @Value("${orepass.site-page.kept:5000}") int capacity) {
        this.views = views;
        this.capacity = capacity;
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** The kept page for this version and day, or null. */
    Kept find(Key key, long version, LocalDate day) {
        var page = kept.get(key);
        return page != null && page.version() == version && page.day().equals(day) ? page : null;
    }

    void keep(Key key, Kept page) {
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.merge(key, page, (old, now) -> now.version() >= old.version() ? now : old);
    }

    /** Whether a freshly rendered page may be served to others with the same key (see the class comment). */
    static boolean mayKeep(String html, boolean reshown, boolean pendingOverrides) {
        return !reshown && !pendingOverrides && !html.contains("<form") && !html.contains("_csrf");
    }

    /** Renders the inside of the page's {@code <main>} with the model as the page itself would. */
    String render(Model model, Locale locale) throws Exception {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        var view = views.resolveViewName(MAIN, locale);
        var into = new Capture(attributes.getResponse());
        view.render(model.asMap(), attributes.getRequest(), into);
        into.writer.flush();
        return into.text.toString();
    }

    static Key key(long siteId, Actor actor, Locale locale) {
        return new Key(siteId, locale.getLanguage(), actor.roles(), actor.organisationId(),
                actor.jurisdictionCountry(), actor.jurisdictionDivisions());
    }

    /** Everything but the user's name: two inspectors of one jurisdiction see the same page. */
    record Key(long siteId, String language, Set<Role> roles, Long organisationId, String country,
            Set<String> divisions) {
    }

    record Kept(long version, LocalDate day, String title, String html) {
    }

    /** The response the inside of {@code <main>} is written to: text only, nothing reaches the client. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(8192);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
