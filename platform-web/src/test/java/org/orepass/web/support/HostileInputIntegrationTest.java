package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every POST form and every API write, found in the handler mapping (a new form is covered without new code),
 * receives a corpus of hostile values: empty, huge, NUL and other control characters, unicode and right-to-left
 * marks, script tags, SQL metacharacters, extreme numbers and dates, wrong types. Each is sent as every role in
 * turn (with the CSRF token for pages, a bearer token for the APIs). Nothing may answer 5xx, and a refusal (4xx,
 * or a form shown again with errors) may not have stored anything: the audit trail, which records every change of
 * every entity, does not grow (issue 15).
 */
@PlatformTest
@org.junit.jupiter.api.Disabled("issue 15: not yet run to the end (docs/input.md, Left open); enable and fix what it finds")
class HostileInputIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(HostileInputIntegrationTest.class);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final List<String> CORPUS = List.of("", " ", "x".repeat(70_000), "\u0000",
            "a\u0000b\u0007\u001b[31m\u007f\u0085", "Mgodi 😀 عربى 中文 \u202Eevil\u202C", "<script>alert(1)</script>",
            "'; drop table organisation; --", "-1", "1e309", "99999999999999999999999999999.999999", "NaN",
            "-0.000000000000000001", "0001-01-01", "9999-12-31", "+999999999-12-31", "2147483648", "true",
            "[]", "{\"a\":", "%00%0d%0a", "../../etc/passwd");
    private static final Role[] ROLES = {Role.ADMIN, Role.INSPECTOR, Role.OPERATOR, Role.EXPORTER,
        Role.CSO_MONITOR, Role.AUDITOR};

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    TokenIssuing tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String path, HandlerMethod handler) {
    }

    @Test
    void noHostileValueGetsA5xxAndNoRefusalStoresAnything() throws Exception {
        var users = new SignedInUser[ROLES.length];
        var bearers = new String[ROLES.length];
        for (int r = 0; r < ROLES.length; r++) {
            users[r] = fixtures.signedIn(ROLES[r]);
            bearers[r] = "Bearer " + tokens.issue(users[r].username(), "hostile").value();
        }
        var endpoints = endpoints();
        assertThat(endpoints).as("the handler mapping lists the forms and API writes").hasSizeGreaterThan(40);
        var failures = new ArrayList<String>();
        int sent = 0;
        var started = System.nanoTime();
        for (var endpoint : endpoints) {
            for (int v = 0; v < CORPUS.size(); v++) {
                int role = (v + endpoint.path().length()) % ROLES.length;
                var value = CORPUS.get(v);
                var request = build(endpoint, value, v);
                if (endpoint.path().startsWith("/api/")) {
                    request.header("Authorization", bearers[role]);
                } else {
                    request.with(user(users[role])).with(csrf());
                }
                var audited = auditCount();
                var response = mvc.perform(request).andReturn().getResponse();
                sent++;
                int status = response.getStatus();
                var what = endpoint.method() + " " + endpoint.path() + " as " + ROLES[role] + " with value #" + v;
                if (status >= 500) {
                    failures.add(what + ": " + status);
                    continue;
                }
                boolean refused = status >= 400 || (status == 200 && isFormWithErrors(response.getContentAsString()));
                if (refused && auditCount() != audited) {
                    failures.add(what + ": refused with " + status + " but stored a change");
                }
            }
        }
        LOG.info("Hostile input: {} requests to {} endpoints in {} ms, {} failures", sent, endpoints.size(),
                (System.nanoTime() - started) / 1_000_000, failures.size());
        assertThat(failures).isEmpty();
    }

    private long auditCount() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private static boolean isFormWithErrors(String page) {
        return page.contains("error-message") || page.contains("error-summary") || page.contains("notice-error");
    }

    private List<Endpoint> endpoints() {
        var found = new TreeMap<String, Endpoint>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (var method : methods) {
                if (method != RequestMethod.POST && method != RequestMethod.PUT && method != RequestMethod.PATCH) {
                    continue;
                }
                for (var pattern : info.getPatternValues()) {
                    if (pattern.equals("/login") || pattern.equals("/logout")) {
                        continue;
                    }
                    var path = VARIABLE.matcher(pattern).replaceAll("1");
                    found.putIfAbsent(method + " " + path, new Endpoint(method.name(), path, entry.getValue()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The value in every field the handler binds (form properties and request parameters), or as its body. */
    private static AbstractMockHttpServletRequestBuilder<?> build(Endpoint endpoint, String value, int index) {
        var names = new LinkedHashSet<String>();
        boolean multipartFile = false;
        boolean body = false;
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            var type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                multipartFile = true;
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = true;
            } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                var param = parameter.getParameterAnnotation(RequestParam.class);
                var name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
            }
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        if (multipartFile) {
            var upload = multipart(HttpMethod.valueOf(endpoint.method()), endpoint.path());
            upload.file(new MockMultipartFile("file", value.length() > 300 ? "big.csv" : value + ".csv", "text/csv",
                    ("name,country\n\"" + value + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            request = upload;
        } else {
            request = request(HttpMethod.valueOf(endpoint.method()), endpoint.path());
        }
        if (body) {
            request.contentType(MediaType.APPLICATION_JSON);
            request.content(index % 3 == 0 ? value : "{\"name\":" + quoted(value) + ",\"nationalId\":" + quoted(value)
                    + ",\"mass\":" + (index % 2 == 0 ? quoted(value) : "1e400") + ",\"lots\":[" + quoted(value) + "]}");
        }
        for (var name : names) {
            request.param(name, value);
        }
        return request;
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("org.orepass.web.") && type.getSimpleName().endsWith("Form");
    }

    private static String quoted(String value) {
        var json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
