package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The platform's handler lookup ({@link FirstSegmentMappings}) finds, for every path every controller maps and for
 * paths none maps, the same controller method as Spring's own lookup: the shortcut changes the speed, not the result.
 */
@PlatformTest
class FirstSegmentMappingsIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void thePlatformUsesTheShortcut() {
        assertThat(mapping).isInstanceOf(FirstSegmentMappings.Mapping.class);
    }

    @Test
    void everyMappedPathFindsTheSameMethodAsSpringsOwnLookup() throws Exception {
        var plain = new RequestMappingHandlerMapping();
        plain.setApplicationContext(context);
        plain.setEmbeddedValueResolver(new EmbeddedValueResolver(((ConfigurableApplicationContext) context).getBeanFactory()));
        plain.afterPropertiesSet();

        var requests = new ArrayList<String[]>();
        for (var info : mapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET", "POST")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (var pattern : info.getPatternValues()) {
                for (var method : methods) {
                    requests.add(new String[] {method, pattern.replaceAll("\\{[^}]*}", "7").replace("/**", "/a/b")});
                    requests.add(new String[] {method, pattern.replaceAll("\\{[^}]*}", "new")});
                }
            }
        }
        // Paths nobody maps, an encoded first segment, the root, a trailing slash.
        for (var path : List.of("/", "/nowhere", "/nowhere/7", "/%73ites", "/%73ites/7", "/sites/", "/SITES", "")) {
            requests.add(new String[] {"GET", path});
            requests.add(new String[] {"POST", path});
        }
        assertThat(requests).hasSizeGreaterThan(200);

        for (var request : requests) {
            assertThat(lookUp(mapping, request[0], request[1]))
                    .as("%s %s", request[0], request[1])
                    .isEqualTo(lookUp(plain, request[0], request[1]));
        }
    }

    /** The controller method found, or the kind of exception thrown (e.g. method not allowed). */
    private static Object lookUp(RequestMappingHandlerMapping handlers, String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "text/html");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = handlers.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().toString();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }
}
