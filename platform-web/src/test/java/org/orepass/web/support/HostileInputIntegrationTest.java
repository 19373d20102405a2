package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.UserAccounts;
import org.orepass.web.demo.DemoData;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every POST form and every API write, found in the handler mapping (a new form is covered without new code),
 * receives a corpus of hostile values: empty, huge, NUL and other control characters, unicode and right-to-left
 * marks, script tags, SQL metacharacters, extreme numbers and dates, wrong types. Nothing may answer 5xx, and a
 * refusal (4xx, or a form shown again with errors) may not have stored anything: the audit trail, which records
 * every change of every entity, does not grow (issue 15).
 *
 * <p>So that a hostile value reaches the rules and the database, not only the first check that meets it, each
 * request is a real one: the demo data is loaded, the pages each demo user reaches are read (one page per kind of
 * address) and every POST form found on them gives its address (real ids), the user allowed to send it and a
 * valid value for each field (what the form shows: its values, its first choices). Then each field in turn
 * receives values of five kinds while the others keep their valid values (see {@link #alone}), and each value of
 * the corpus is sent once in all fields at once (and as the whole body of a JSON write), so every field sees every
 * value. A write no page shows (the APIs, a button only some records have) is
 * sent by the first user it does not forbid, with plain values for the types the handler binds and path
 * variables of 1.
 */
@PlatformTest
class HostileInputIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(HostileInputIntegrationTest.class);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final List<String> USERS = DemoPages.USERS;
    private static final int PAGES_PER_USER = 160;
    private static final int PAGES_PER_SHAPE = 2;
    /** The issue's kinds of hostile value; every field receives one of each kind on its own. */
    private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("empty", List.of("", " "));
        KINDS.put("huge", List.of("x".repeat(70_000)));
        KINDS.put("NUL", List.of("\u0000"));
        KINDS.put("control characters", List.of("a\u0000b\u0007\u001b[31m\u007f\u0085", "%00%0d%0a"));
        KINDS.put("unicode", List.of("Mgodi 😀 عربى 中文 \u202Eevil\u202C"));
        KINDS.put("script tag", List.of("<script>alert(1)</script>"));
        KINDS.put("SQL metacharacters", List.of("'; drop table organisation; --"));
        KINDS.put("extreme number", List.of("-1", "1e309", "99999999999999999999999999999.999999", "NaN",
                "-0.000000000000000001", "2147483648"));
        KINDS.put("extreme date", List.of("0001-01-01", "9999-12-31", "+999999999-12-31"));
        KINDS.put("wrong type", List.of("true", "[]", "{\"a\":", "../../etc/passwd"));
    }

    private static final List<String> CORPUS = KINDS.values().stream().flatMap(List::stream).toList();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TokenIssuing tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern, List<PathPattern> patterns, HandlerMethod handler) {

        boolean matches(String path) {
            return patterns.stream().anyMatch(p -> p.matches(PathContainer.parsePath(path)));
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }

    /** What one request sends: the address, the sender, the valid value of each field, a file, a JSON body. */
    record Target(String url, int user, Map<String, String> fields, String fileField, Class<?> body,
            boolean fromPage) {
    }

    SignedInUser[] users = new SignedInUser[USERS.size()];
    String[] bearers = new String[USERS.size()];
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> statuses = new TreeMap<>();
    /** An id seen on the pages after each word of an address ("sites" -> 12 from /sites/12/...). */
    final Map<String, String> ids = new HashMap<>();
    int sent;
    /** The audit trail's last entry after a token was issued again in the middle of a check. */
    Long auditAfterReissue;

    @Test
    void noHostileValueGetsA5xxAndNoRefusalStoresAnything() throws Exception {
        beans.createBean(DemoData.class).run(null);
        for (int u = 0; u < USERS.size(); u++) {
            var name = USERS.get(u);
            users[u] = transaction.execute(status -> fixtures.signedIn(accounts.findByUsernameIgnoreCase(name)
                    .orElseThrow()));
            bearers[u] = "Bearer " + tokens.issue(name, AccountFixtures.unique("hostile")).value();
        }
        var started = System.nanoTime();
        var endpoints = endpoints();
        assertThat(endpoints).as("the handler mapping lists the forms and API writes").hasSizeGreaterThan(40);
        var forms = crawl(endpoints);
        var crawled = System.nanoTime();
        int fromPages = 0;
        int forbiddenToAll = 0;
        for (var endpoint : endpoints) {
            var target = forms.get(endpoint);
            if (target == null) {
                target = probe(endpoint);
            } else {
                fromPages++;
            }
            if (target == null) {
                forbiddenToAll++;
                continue;
            }
            fuzz(endpoint, target);
        }
        LOG.info("Hostile input: {} endpoints ({} with a form found on a page, {} forbidden to every demo user), "
                + "{} requests in {} ms (reading the pages {} ms), {} failures; statuses {}", endpoints.size(),
                fromPages, forbiddenToAll, sent, (System.nanoTime() - started) / 1_000_000,
                (crawled - started) / 1_000_000, failures.size(), statuses);
        assertThat(failures).isEmpty();
        assertThat(fromPages).as("forms found on the pages").isGreaterThan(30);
    }

    // ---- the writes -------------------------------------------------------------------------------------------

    private List<Endpoint> endpoints() {
        var found = new TreeMap<String, Endpoint>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            var condition = info.getPathPatternsCondition();
            if (condition == null) {
                continue;
            }
            for (var method : methods) {
                if (method != RequestMethod.POST && method != RequestMethod.PUT && method != RequestMethod.PATCH) {
                    continue;
                }
                for (var pattern : condition.getPatterns()) {
                    var text = pattern.getPatternString();
                    if (text.equals("/login") || text.equals("/logout")) {
                        continue;
                    }
                    found.putIfAbsent(method + " " + text,
                            new Endpoint(method.name(), text, List.of(pattern), entry.getValue()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The pages of each demo user, one or two per kind of address; the POST forms on them, by endpoint. */
    private Map<Endpoint, Target> crawl(List<Endpoint> endpoints) throws Exception {
        var forms = new HashMap<Endpoint, Target>();
        for (int u = 0; u < USERS.size(); u++) {
            int user = u;
            DemoPages.visit(mvc, users[u], PAGES_PER_USER, PAGES_PER_SHAPE, (url, page) -> {
                for (var link : page.select("a[href]")) {
                    var href = DemoPages.local(link.attr("abs:href"));
                    if (href != null) {
                        rememberIds(href.replaceFirst("[?#].*", ""));
                    }
                }
                for (var form : page.select("form")) {
                    var target = form(form, user);
                    if (target == null) {
                        continue;
                    }
                    var path = target.url().replaceFirst("\\?.*", "");
                    rememberIds(path);
                    for (var endpoint : endpoints) {
                        if (endpoint.method().equals("POST") && endpoint.matches(path)) {
                            forms.putIfAbsent(endpoint, target);
                        }
                    }
                }
            });
        }
        return forms;
    }

    private void rememberIds(String path) {
        var segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].matches("\\d+")) {
                ids.putIfAbsent(segments[i - 1], segments[i]);
            }
        }
    }

    /** The pattern's variables replaced by an id seen after the same word on the pages, else 1. */
    private String address(String pattern) {
        var segments = pattern.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (VARIABLE.matcher(segments[i]).matches()) {
                segments[i] = ids.getOrDefault(segments[i - 1], "1");
            }
        }
        return VARIABLE.matcher(String.join("/", segments)).replaceAll("1");
    }

    /** A POST form as the page shows it, with a valid value for each field. */
    static Target form(Element form, int user) {
        if (!"post".equalsIgnoreCase(form.attr("method"))) {
            return null;
        }
        var action = form.hasAttr("action") ? form.attr("abs:action") : form.baseUri();
        if (!action.startsWith("http://localhost/")) {
            return null;
        }
        var fields = new LinkedHashMap<String, String>();
        String fileField = null;
        for (var input : form.select("input[name], select[name], textarea[name], button[name]")) {
            var name = input.attr("name");
            if (name.equals("_csrf") || fields.containsKey(name)) {
                continue;
            }
            switch (input.tagName()) {
                case "select" -> {
                    var selected = input.select("option[selected]").first();
                    if (selected == null) {
                        selected = input.select("option").stream().filter(o -> !o.attr("value").isEmpty())
                                .findFirst().orElse(input.select("option").first());
                    }
                    fields.put(name, selected == null ? "" : selected.attr("value"));
                }
                case "textarea" -> fields.put(name, input.text().isEmpty() ? "Hostile input test" : input.text());
                case "button" -> fields.put(name, input.attr("value"));
                default -> {
                    var type = input.attr("type").toLowerCase();
                    if (type.equals("file")) {
                        fileField = name;
                    } else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")
                            && form.select("input[name=" + name + "][checked]").size() > 0) {
                        continue;
                    } else {
                        fields.put(name, input.hasAttr("value") || type.equals("hidden") ? input.attr("value")
                                : plain(type));
                    }
                }
            }
        }
        fields.remove(fileField);
        return new Target(action.substring("http://localhost".length()), user, fields, fileField, null, true);
    }

    private static String plain(String inputType) {
        return switch (inputType) {
            case "date" -> "2024-06-01";
            case "number" -> "1";
            case "email" -> "someone@example.org";
            case "password" -> AccountFixtures.PASSWORD;
            default -> "Hostile input test";
        };
    }

    /** A write no page showed: the fields the handler binds, plain values, the first user it does not forbid. */
    private Target probe(Endpoint endpoint) throws Exception {
        var url = address(endpoint.pattern());
        var fields = new LinkedHashMap<String, String>();
        String fileField = null;
        Class<?> body = null;
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            var type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                var param = parameter.getParameterAnnotation(RequestParam.class);
                fileField = param != null && !param.name().isEmpty() ? param.name()
                        : param != null && !param.value().isEmpty() ? param.value() : parameter.getParameterName();
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = type;
            } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                var param = parameter.getParameterAnnotation(RequestParam.class);
                var name = !param.name().isEmpty() ? param.name() : param.value();
                fields.put(name.isEmpty() ? parameter.getParameterName() : name, plainFor(type));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() == null) {
                        continue;
                    }
                    if (MultipartFile.class.isAssignableFrom(property.getPropertyType())) {
                        fileField = property.getName();
                    } else {
                        fields.put(property.getName(), plainFor(property.getPropertyType()));
                    }
                }
            }
        }
        for (int u = 0; u < USERS.size(); u++) {
            var target = new Target(url, u, fields, fileField, body, false);
            int status;
            try {
                status = send(endpoint, target, fields, validFile(fileField), body == null ? null : json(body, null,
                        null)).getStatus();
            } catch (Exception unanswered) {
                return target;
            }
            if (status != 403 && status != 401) {
                return target;
            }
        }
        return null;
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("org.orepass.web.") && type.getSimpleName().endsWith("Form");
    }

    private static String plainFor(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "1";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "2024-06-01";
        }
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return "Hostile input test";
    }

    // ---- the requests -----------------------------------------------------------------------------------------

    /**
     * Every field alone with a value of five kinds (the three that test what the database takes: huge, extreme
     * number, extreme date; NUL or control characters; one of the others, in turn), then every value of the
     * corpus in all fields at once, so every field sees every value.
     */
    private void fuzz(Endpoint endpoint, Target target) throws Exception {
        var names = new ArrayList<String>(target.fields().keySet());
        if (target.fileField() != null) {
            names.add(target.fileField());
        }
        List<String> bodyFields = target.body() == null ? List.of() : jsonFields(target.body());
        int field = 0;
        int turn = endpoint.pattern().length();
        for (var name : names) {
            for (var value : alone(field++ + turn)) {
                var fields = new LinkedHashMap<>(target.fields());
                MockMultipartFile file = validFile(target.fileField());
                if (name.equals(target.fileField())) {
                    file = hostileFile(name, value);
                } else {
                    fields.put(name, value);
                }
                check(endpoint, target, fields, file, target.body() == null ? null : json(target.body(), null, null),
                        name + " = " + kind(value));
            }
        }
        for (var name : bodyFields) {
            for (var value : alone(field++ + turn)) {
                check(endpoint, target, target.fields(), validFile(target.fileField()),
                        json(target.body(), name, value), "body." + name + " = " + kind(value));
            }
        }
        for (var value : CORPUS) {
            var fields = new LinkedHashMap<String, String>();
            target.fields().keySet().forEach(name -> fields.put(name, value));
            var file = target.fileField() == null ? null : hostileFile(target.fileField(), value);
            check(endpoint, target, fields, file, target.body() == null ? null : json(target.body(), "*", value),
                    "all = " + kind(value));
            if (target.body() != null) {
                check(endpoint, target, target.fields(), null, value, "body = " + kind(value));
            }
        }
    }

    /** The values a field receives on its own, the n-th field of the run. */
    private static List<String> alone(int n) {
        var values = new ArrayList<String>();
        for (var kind : List.of("huge", "extreme number", "extreme date")) {
            values.add(KINDS.get(kind).get(n % KINDS.get(kind).size()));
        }
        var control = KINDS.get("NUL").get(0);
        if (n % 2 == 1) {
            var others = KINDS.get("control characters");
            control = others.get(n / 2 % others.size());
        }
        values.add(control);
        var rest = List.of("empty", "unicode", "script tag", "SQL metacharacters", "wrong type");
        var kind = KINDS.get(rest.get(n % rest.size()));
        values.add(kind.get(n / rest.size() % kind.size()));
        return values;
    }

    private void check(Endpoint endpoint, Target target, Map<String, String> fields, MockMultipartFile file,
            String body, String what) throws Exception {
        var audited = auditCount();
        auditAfterReissue = null;
        var where = endpoint.method() + " " + target.url() + " as " + USERS.get(target.user()) + ", " + what;
        MockHttpServletResponse response;
        try {
            response = send(endpoint, target, fields, file, body);
        } catch (Exception e) {
            // MockMvc hands on what no handler answered: the server would answer 500.
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            var message = String.valueOf(root.getMessage());
            failures.add(where + ": " + root.getClass().getSimpleName() + " "
                    + message.substring(0, Math.min(200, message.length())));
            statuses.merge("exception", 1, Integer::sum);
            return;
        }
        if (auditAfterReissue != null) {
            audited = auditAfterReissue;
        }
        int status = response.getStatus();
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        if (status >= 500) {
            failures.add(where + ": " + status);
            LOG.warn("Hostile input: {} answered {}", where, status);
            return;
        }
        boolean refused = status >= 400 || (status == 200 && isFormWithErrors(response.getContentAsString()));
        if (refused && auditCount() != audited) {
            failures.add(where + ": refused with " + status + " but stored a change");
        }
    }

    private MockHttpServletResponse send(Endpoint endpoint, Target target, Map<String, String> fields,
            MockMultipartFile file, String body) throws Exception {
        return send(endpoint, target, fields, file, body, false);
    }

    private MockHttpServletResponse send(Endpoint endpoint, Target target, Map<String, String> fields,
            MockMultipartFile file, String body, boolean again) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (file != null) {
            request = multipart(HttpMethod.valueOf(endpoint.method()), target.url()).file(file);
        } else {
            request = request(HttpMethod.valueOf(endpoint.method()), target.url());
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        fields.forEach(request::param);
        if (endpoint.isApi()) {
            request.header("Authorization", bearers[target.user()]);
        } else {
            request.with(user(users[target.user()])).with(csrf());
        }
        sent++;
        var response = mvc.perform(request).andReturn().getResponse();
        if (endpoint.isApi() && response.getStatus() == 401 && !again) {
            // A form sent earlier (revoking a token on the tokens page) may have revoked this user's token.
            bearers[target.user()] = "Bearer " + tokens.issue(USERS.get(target.user()),
                    AccountFixtures.unique("hostile")).value();
            sent--;
            auditAfterReissue = auditCount();
            return send(endpoint, target, fields, file, body, true);
        }
        return response;
    }

    private long auditCount() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    private static boolean isFormWithErrors(String page) {
        return page.contains("error-message") || page.contains("error-summary") || page.contains("notice-error");
    }

    private static String kind(String value) {
        for (var kind : KINDS.entrySet()) {
            if (kind.getValue().contains(value)) {
                return kind.getKey() + " #" + CORPUS.indexOf(value);
            }
        }
        return "?";
    }

    // ---- files and JSON ---------------------------------------------------------------------------------------

    private static MockMultipartFile validFile(String name) {
        if (name == null) {
            return null;
        }
        return new MockMultipartFile(name, "report.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static MockMultipartFile hostileFile(String name, String value) {
        return new MockMultipartFile(name, value.length() > 300 ? "big.csv" : value + ".csv", "text/csv",
                ("name,country\n\"" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> jsonFields(Class<?> type) {
        if (type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        var names = new ArrayList<String>();
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                names.add(property.getName());
            }
        }
        return names;
    }

    /**
     * The body as JSON: valid values for the type's fields, {@code hostile} in {@code field} ("*": every field).
     * A value JSON can carry as it is (a number, true, [], broken JSON) is sent raw, the rest as a string.
     */
    private static String json(Class<?> type, String field, String hostile) {
        var json = new StringBuilder("{");
        boolean first = true;
        for (var name : jsonFields(type)) {
            json.append(first ? "" : ",").append(quoted(name)).append(':');
            first = false;
            if (name.equals(field) || "*".equals(field)) {
                json.append(raw(hostile) ? hostile : quoted(hostile));
            } else {
                json.append(plainJson(fieldType(type, name), 0));
            }
        }
        return json.append('}').toString();
    }

    private static boolean raw(String value) {
        return value.matches("-?[0-9][0-9.e+-]*") || value.equals("true") || value.equals("[]")
                || value.startsWith("{");
    }

    private static Class<?> fieldType(Class<?> type, String name) {
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getType();
                }
            }
        }
        var property = BeanUtils.getPropertyDescriptor(type, name);
        return property == null ? String.class : property.getPropertyType();
    }

    private static String plainJson(Class<?> type, int depth) {
        if (type == Boolean.class || type == boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class) {
            return "1";
        }
        if (type == LocalDate.class) {
            return "\"2024-06-01\"";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "\"2024-06-01T10:00:00Z\"";
        }
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return quoted(((Enum<?>) type.getEnumConstants()[0]).name());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "[]";
        }
        if (type == String.class || depth > 1 || type.getName().startsWith("java.")) {
            return quoted("Hostile input test");
        }
        var json = new StringBuilder("{");
        boolean first = true;
        for (var name : jsonFields(type)) {
            json.append(first ? "" : ",").append(quoted(name)).append(':')
                    .append(plainJson(fieldType(type, name), depth + 1));
            first = false;
        }
        return json.append('}').toString();
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
