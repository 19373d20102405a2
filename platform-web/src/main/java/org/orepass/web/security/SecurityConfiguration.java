package org.orepass.web.security;

import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless, authenticated by bearer tokens, answers JSON and
 * needs no CSRF token (no cookie authenticates it). Pages use form sign-in, a session kept in PostgreSQL and
 * CSRF tokens on every form. Authorisation by role is declared here per route; finer checks (organisation,
 * jurisdiction) live in the use cases.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No observation around each security filter and authorisation (issue 15): with their observations switched
     * off in application.yml, Spring Security still wrapped every filter and decision in a no-op observation, a few
     * per cent of a signed-in page. The request's own {@code http.server.requests} metric stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, VerifiedTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/icglr/v1/mine-sites").hasAnyRole("ADMIN", "INSPECTOR")
                        .requestMatchers(HttpMethod.PUT, "/api/icglr/v1/mine-sites/*").hasAnyRole("ADMIN", "INSPECTOR")
                        // ICGLR lots: production is recorded by operators and inspectors, imports by operators and
                        // exporters, as on the pages (the use cases check the site, the importer); every token reads
                        // the lots its holder may see.
                        .requestMatchers(HttpMethod.POST, "/api/icglr/v1/lots")
                        .hasAnyRole("OPERATOR", "EXPORTER", "INSPECTOR")
                        // Export certificates are issued by inspectors (jurisdiction checked per shipment).
                        .requestMatchers(HttpMethod.POST, "/api/icglr/v1/export-certificates").hasRole("INSPECTOR")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                JsonProblems.unauthorized(request, response))
                        .accessDeniedHandler((request, response, e) -> JsonProblems.forbidden(request, response)));
        return http.build();
    }

    /**
     * Static files: public, and no session work at all (no security context is loaded, no request is saved), so a
     * stylesheet costs no database round trip (issue 15, per-request path). Headers are still written.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/img/**", "/favicon.ico", "/js/**", "/offline-sw.js")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * SMS and USSD aggregators' callbacks (issue 20): public, no CSRF token (an aggregator has none; each callback checks
     * its own signature or secret), no session and no security context saved: a phone number never reaches a
     * session row.
     */
    @Bean
    @Order(0)
    SecurityFilterChain smsCallbacks(HttpSecurity http) throws Exception {
        http.securityMatcher("/sms/inbound/**", "/ussd/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * The actuator: probes are public (load balancers), everything else (Prometheus metrics, health details) needs an
     * administrator's API token ({@code Authorization: Bearer ...}, as Prometheus' {@code authorization} setting
     * sends it); or run it on a separate management port ({@code MANAGEMENT_SERVER_PORT}) that only the monitoring
     * network reaches. Stateless: a scrape makes no session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, VerifiedTokens tokens) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                JsonProblems.unauthorized(request, response))
                        .accessDeniedHandler((request, response, e) -> JsonProblems.forbidden(request, response)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignedInSession session, LocaleResolver languages)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/welcome", "/error").permitAll()
                        // Lot passports (issue 18): anyone holding a verification code reads what it stands for.
                        .requestMatchers(HttpMethod.GET, "/verify", "/verify/*", "/verify/*/qr.svg").permitAll()
                        // The custody ledger's signed heads and public keys (issue 18): public.
                        .requestMatchers(HttpMethod.GET, "/ledger", "/ledger/jwks.json", "/ledger/keys/*",
                                "/ledger/segment").permitAll()
                        .requestMatchers(HttpMethod.GET, "/producers/*/passport", "/producers/*/passport.pdf").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // Offline capture (issue 21): the session check answers 401 itself, never the sign-in page.
                        .requestMatchers(HttpMethod.GET, "/offline/session").permitAll()
                        // The records kept on the phone: also a savings group's recorder (issue 23, OPERATOR).
                        .requestMatchers("/offline").hasAnyRole("INSPECTOR", "CSO_MONITOR", "OPERATOR")
                        .requestMatchers("/offline/**").hasAnyRole("INSPECTOR", "CSO_MONITOR")
                        // Withdrawing a verification code (issue 18): the use case checks the issuing country.
                        .requestMatchers("/passport/withdraw", "/passport/exports/*/certificate/withdraw")
                        .hasAnyRole("ADMIN", "INSPECTOR")
                        // The audit trail: administrators, inspectors and auditors (issue 16) read it.
                        .requestMatchers("/audit/**").hasAnyRole("ADMIN", "INSPECTOR", "AUDITOR")
                        // Coarse rules by role; the use cases check jurisdiction and ownership per site.
                        .requestMatchers("/sites/new", "/sites/*/edit").hasAnyRole("ADMIN", "INSPECTOR")
                        .requestMatchers("/sites/import", "/sites/import/**").hasAnyRole("ADMIN", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/sites").hasAnyRole("ADMIN", "INSPECTOR")
                        // Inspection files are read by whoever may see the site (checked per site).
                        .requestMatchers(HttpMethod.GET, "/sites/*/inspections/*/attachments/{file:\\d+}")
                        .authenticated()
                        .requestMatchers("/sites/*/inspections/**").hasRole("INSPECTOR")
                        // Custody: tags and anomalies are the inspectors' (auditors read); operators produce.
                        .requestMatchers("/sites/*/tags/**", "/custody/**").hasAnyRole("ADMIN", "INSPECTOR", "AUDITOR")
                        .requestMatchers("/lots/new").hasAnyRole("OPERATOR", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/lots").hasAnyRole("OPERATOR", "INSPECTOR")
                        // Purchase and sale: traders of the organisations concerned (checked per lot and transfer).
                        .requestMatchers(HttpMethod.POST, "/lots/*/sales", "/transfers/*/receipt",
                                "/transfers/*/rejection").hasAnyRole("OPERATOR", "EXPORTER")
                        // Logbooks: every signed-in user reads its organisation's; LogbookQueries decides who may
                        // read another organisation's (administrators, inspectors, auditors).
                        .requestMatchers(HttpMethod.GET, "/logbook", "/logbook/export.csv").authenticated()
                        // Revenue: schedules are edited under /admin (ADMIN) and read here; government collects
                        // payments; reports for those who oversee revenue (jurisdiction checked in the use cases).
                        .requestMatchers("/revenue/tax-schedules", "/revenue/reports", "/revenue/reports.csv")
                        .hasAnyRole("ADMIN", "INSPECTOR", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/revenue/taxes/*/payments").hasAnyRole("ADMIN", "INSPECTOR")
                        // Custody operations (combination, split, processing, transport, storage): traders of the
                        // custodian organisation (checked per lot in CustodyOperations).
                        .requestMatchers("/lots/*/combination", "/lots/*/split", "/lots/*/processing",
                                "/lots/*/transport", "/lots/*/storage").hasAnyRole("OPERATOR", "EXPORTER")
                        // Export shipments: exporters draft and submit; inspectors certify or refuse; admins and
                        // auditors read reviews (organisation and jurisdiction checked per shipment).
                        .requestMatchers("/exports/new", "/exports/*/edit").hasRole("EXPORTER")
                        .requestMatchers(HttpMethod.POST, "/exports", "/exports/*/submission", "/exports/*/documents")
                        .hasRole("EXPORTER")
                        .requestMatchers(HttpMethod.POST, "/exports/*/certificate", "/exports/*/refusal")
                        .hasRole("INSPECTOR")
                        .requestMatchers("/exports/*/review").hasAnyRole("INSPECTOR", "ADMIN", "AUDITOR")
                        // Incidents: anyone may report and follow up anonymously (CSRF-protected forms, rate
                        // limited) and read the public list; dashboards are for those who follow incidents up.
                        .requestMatchers("/report", "/report/**", "/public/incidents", "/public/dashboard",
                                "/public/dashboard.csv").permitAll()
                        .requestMatchers("/incidents/dashboard", "/incidents/dashboard.csv")
                        .hasAnyRole("CSO_MONITOR", "INSPECTOR", "ADMIN", "AUDITOR")
                        // Risk assessments (issue 6): traders assess and decide for their organisation; admins,
                        // inspectors and auditors read them all. RiskAssessing checks the organisation.
                        .requestMatchers("/risk/assessments/new").hasAnyRole("OPERATOR", "EXPORTER")
                        .requestMatchers(HttpMethod.POST, "/risk/**").hasAnyRole("OPERATOR", "EXPORTER")
                        .requestMatchers("/risk/**").hasAnyRole("ADMIN", "INSPECTOR", "AUDITOR", "OPERATOR", "EXPORTER")
                        // Incidents (issue 5, publication after review): only those who verify decide whether a
                        // description is published; IncidentFollowUp checks the incident's place.
                        .requestMatchers(HttpMethod.POST, "/incidents/*/description")
                        .hasAnyRole("CSO_MONITOR", "INSPECTOR")
                        // EU Annex I thresholds (issue 6): administrators only. /admin/** says so already; stated
                        // here so the rule stays if the admin routes are ever split. AnnexIThresholds checks too.
                        .requestMatchers("/admin/eu-thresholds", "/admin/eu-thresholds/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // An anonymous visitor to / sees what they can do without an account, then the sign-in (issue 16).
                .exceptionHandling(errors -> errors.authenticationEntryPoint(startPageOrSignIn()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(successHandler(session, languages))
                        .failureHandler(failureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // Where to go after signing in is kept in a cookie, not a session: an anonymous visit to a page
                // that needs sign-in must not create a session row (issue 15).
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** {@code /} goes to the welcome page, every other page to the sign-in (as formLogin's own entry point would). */
    private static AuthenticationEntryPoint startPageOrSignIn() {
        var welcome = new LoginUrlAuthenticationEntryPoint("/welcome");
        var signIn = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            var path = request.getRequestURI().substring(request.getContextPath().length());
            var language = request.getParameter("lang");
            if (path.equals("/") && language != null && language.matches("[a-z]{2}")) {
                response.sendRedirect(request.getContextPath() + "/welcome?lang=" + language); // keep the choice
                return;
            }
            (path.equals("/") ? welcome : signIn).commence(request, response, exception);
        };
    }

    /** Stores the signed-in user in the session without its password hash, then goes where the user was heading. */
    private static AuthenticationSuccessHandler successHandler(SignedInSession session, LocaleResolver languages) {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof SignedInUser user) {
                session.store(user, request, response);
                // The language chosen for the user applies from the first sign-in (issue 16), then the switcher.
                if (user.preferredLanguage() != null && !user.preferredLanguage().isBlank()) {
                    languages.setLocale(request, response, java.util.Locale.forLanguageTag(user.preferredLanguage()));
                }
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Tells the person why sign-in failed, without telling a stranger whether a user name exists. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
