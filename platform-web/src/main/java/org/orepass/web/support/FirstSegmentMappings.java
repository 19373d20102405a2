package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's controller method without trying every mapping of the platform (issue 15, the site page's cost).
 *
 * <p>Spring MVC looks a path with a variable, such as {@code /sites/20006}, up by testing every request mapping's
 * conditions (method, parameters, headers, media types, then its patterns) in turn: some 6-10 % of a signed-in site
 * page's time with the platform's several hundred mappings. A mapping whose every pattern starts with a literal
 * first segment ({@code /sites/...}) can only match a path that starts with that segment, so it is skipped at once
 * when the path's first segment is another. Mappings with a pattern starting with a variable or a wildcard, and paths
 * whose first segment is percent-encoded (matched decoded by Spring), go through Spring's full check as before: the
 * outcome of every lookup is the same, only sooner. Installed by {@link StaleEditHandling}'s
 * {@code WebMvcRegistrations} (Spring Boot takes one such bean only).
 */
final class FirstSegmentMappings {

    private FirstSegmentMappings() {
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        /** The request's first path segment while its handler is looked up (null: no shortcut). */
        private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

        /** Per mapping, the first segments its patterns can match; null when any (one entry per mapping). */
        private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

        private static final Set<String> ANY = Set.of("\u0000any");

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            FIRST_SEGMENT.set(firstSegmentOfPath(lookupPath));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                FIRST_SEGMENT.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            var segment = FIRST_SEGMENT.get();
            if (segment != null) {
                var possible = firstSegments.computeIfAbsent(info, Mapping::firstSegmentsOf);
                if (possible != ANY && !possible.contains(segment)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /** "/sites/20006" gives "sites", "/" gives ""; null for an encoded segment, which Spring matches decoded. */
        static String firstSegmentOfPath(String path) {
            if (path == null) {
                return null;
            }
            int start = path.startsWith("/") ? 1 : 0;
            int end = path.indexOf('/', start);
            var segment = end < 0 ? path.substring(start) : path.substring(start, end);
            return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
        }

        /** The literal first segments of the mapping's patterns; ANY when one of them may start otherwise. */
        static Set<String> firstSegmentsOf(RequestMappingInfo info) {
            var condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return ANY;
            }
            var segments = new HashSet<String>();
            for (PathPattern pattern : condition.getPatterns()) {
                var literal = firstSegmentOfPattern(pattern.getPatternString());
                if (literal == null) {
                    return ANY;
                }
                segments.add(literal);
            }
            return Set.copyOf(segments);
        }

        /** The pattern's first segment when it is plain text; null when it holds a variable, wildcard or escape. */
        static String firstSegmentOfPattern(String pattern) {
            var segment = firstSegmentOfPath(pattern);
            if (segment == null || pattern.isEmpty()) {
                return null;
            }
            for (char c : segment.toCharArray()) {
                if (c == '{' || c == '}' || c == '*' || c == '?' || c == '\\') {
                    return null;
                }
            }
            return segment;
        }
    }
}
