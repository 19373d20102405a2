package org.orepass.web.icglr;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.orepass.web.security.VerifiedTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The ICGLR API's own filter chain, ahead of the platform's other API: stateless, authenticated by the same
 * personal access tokens, given either as {@code Authorization: Bearer ...} or in the standard's {@code X-API-Key}
 * header (openapi.yaml, securitySchemes), and answering 401 and 403 with the standard's Error document. The health
 * check, the OpenAPI description and the JSON-LD context are public: they say nothing about any site, lot or
 * certificate. Finer checks (organisation, jurisdiction) are the use cases'.
 */
@Configuration
class IcglrSecurity {

    static final String API = "/api/icglr/v1";

    @Bean
    @Order(0)
    SecurityFilterChain icglrApi(HttpSecurity http, VerifiedTokens tokens) throws Exception {
        http.securityMatcher(API + "/**", API)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new TokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, API + "/health", API + "/openapi.yaml",
                                API + "/context.jsonld").permitAll()
                        .requestMatchers(HttpMethod.POST, API + "/mine-sites").hasAnyRole("ADMIN", "INSPECTOR")
                        .requestMatchers(HttpMethod.PUT, API + "/mine-sites/*").hasAnyRole("ADMIN", "INSPECTOR")
                        // Lots: production is recorded by operators and inspectors, imports by operators and
                        // exporters, as on the pages (the use cases check the site, the importer's organisation);
                        // every token reads the lots its holder may see.
                        .requestMatchers(HttpMethod.POST, API + "/lots").hasAnyRole("OPERATOR", "EXPORTER", "INSPECTOR")
                        // Export certificates are issued by inspectors (jurisdiction checked per shipment).
                        .requestMatchers(HttpMethod.POST, API + "/export-certificates").hasRole("INSPECTOR")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> IcglrErrorDocument.write(response, 401))
                        .accessDeniedHandler((request, response, e) -> IcglrErrorDocument.write(response, 403)));
        return http.build();
    }

    /** A personal access token from {@code Authorization: Bearer} or, as the standard allows, {@code X-API-Key}. */
    static final class TokenFilter extends OncePerRequestFilter {

        private static final String PREFIX = "Bearer ";

        private final VerifiedTokens tokens;

        TokenFilter(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var header = request.getHeader("Authorization");
            String token = null;
            if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                token = header.substring(PREFIX.length()).strip();
            } else if (request.getHeader("X-API-Key") != null) {
                token = request.getHeader("X-API-Key").strip();
            }
            if (token != null) {
                tokens.authenticate(token).ifPresent(user -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                            user.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                });
            }
            chain.doFilter(request, response);
        }
    }
}
