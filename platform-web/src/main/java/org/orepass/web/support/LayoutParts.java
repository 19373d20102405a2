package org.orepass.web.support;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;

/**
 * The parts of the layout that are the same for everyone who reads in one language with the same roles (the
 * language bar, the menu's links, the signed-out visitor's links), rendered once and then kept (issue 15: they
 * were half of every page's rendering, about twenty conditional links evaluated again on every request).
 *
 * <p>A part is rendered from {@code fragments/header.html} with nothing but a {@link Viewer} (roles, and whether
 * the user belongs to an organisation) and the language, so nothing of one user (a name, a token, a form) can end
 * up in what another user is shown: the key holds everything the part may depend on. Forms that post (and so carry
 * a CSRF token) stay out of these parts. The kept set is bounded: parts x languages (four, see
 * {@code WebConfiguration}) x role sets. With {@code spring.thymeleaf.cache=false} (template development) nothing
 * is kept.
 */
@Component("layoutParts")
public class LayoutParts {

    static final String TEMPLATE = "fragments/header";
    private static final Set<String> PARTS = Set.of("bar", "search", "menu-items", "public-nav");
    private static final java.util.List<String> LANGUAGES =
            WebConfiguration.LANGUAGES.stream().map(Locale::getLanguage).toList();

    private final ITemplateEngine templates;
    private final boolean keep;
    private final Map<Key, String> kept = new ConcurrentHashMap<>();

    LayoutParts(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.templates = templates;
        this.keep = keep;
    }

    /** The part's HTML for the page being rendered ({@code #ctx}) and its user ({@code me}, null when signed out). */
    public String html(String part, SignedInUser me, IContext page) {
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("not a kept layout part: " + part);
        }
        var exchange = ((IWebContext) page).getExchange();
        var viewer = Viewer.of(me);
        var key = new Key(part, page.getLocale(), viewer, exchange.getRequest().getApplicationPath());
        var html = kept.get(key);
        if (html == null) {
            var context = new WebContext(exchange, page.getLocale(),
                    Map.of("viewer", viewer, "languages", LANGUAGES));
            html = templates.process(TEMPLATE, Set.of(part), context);
            if (keep) {
                kept.put(key, html);
            }
        }
        return html;
    }

    int keptCount() {
        return kept.size();
    }

    private record Key(String part, Locale locale, Viewer viewer, String contextPath) {
    }

    /** What the menu may depend on: the roles, and whether the user belongs to an organisation. */
    public record Viewer(boolean signedIn, Set<Role> roles, boolean member) {

        static Viewer of(SignedInUser me) {
            if (me == null) {
                return new Viewer(false, Set.of(), false);
            }
            var roles = me.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(me.roles());
            return new Viewer(true, Set.copyOf(roles), me.organisationId() != null);
        }

        /** For the templates: {@code ${viewer.is('ADMIN')}}. */
        public boolean is(String role) {
            return roles.stream().anyMatch(held -> held.name().equals(role));
        }

        /** Only this role (an exporter who is nothing else has no site list). */
        public boolean only(String role) {
            return roles.size() == 1 && is(role);
        }
    }
}
