package org.orepass.web.epcis;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.epcis.EpcisEvent;
import org.orepass.epcis.EpcisQueries;
import org.orepass.epcis.EventFilter;
import org.orepass.epcis.EventKind;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The EPCIS 2.0 query interface (REST binding, {@code GET /events}) over custody: the events the caller's token may
 * see (docs/epcis.md), filtered by {@code GE_eventTime}, {@code LT_eventTime}, {@code EQ_bizStep},
 * {@code MATCH_anyEPC} (and {@code MATCH_anyEPCClass}, the same for class-level identifiers), {@code EQ_bizLocation},
 * paged by {@code perPage} and {@code nextPageToken} with a {@code Link: <...>; rel="next"} header.
 * Authenticated by bearer token in the {@code /api/**} chain.
 */
@RestController
class EpcisQueryController {

    static final String EVENTS = "/api/epcis/v2/events";

    private static final Set<String> PARAMETERS = Set.of("GE_eventTime", "LT_eventTime", "EQ_bizStep",
            "MATCH_anyEPC", "MATCH_anyEPCClass", "EQ_bizLocation", "perPage", "nextPageToken");

    private final EpcisQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    EpcisQueryController(EpcisQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(path = EVENTS, produces = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json"})
    ResponseEntity<Map<String, Object>> events(@RequestParam MultiValueMap<String, String> parameters, Actor actor,
            HttpServletRequest request) {
        for (var name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new EpcisQueryException("epcis.query.unknownParameter", name);
            }
        }
        var perPage = perPage(parameters.getFirst("perPage"));
        var filter = new EventFilter(time(parameters, "GE_eventTime"), time(parameters, "LT_eventTime"),
                kinds(parameters), lotNumbers(parameters), sites(parameters), null,
                token(parameters.getFirst("nextPageToken")), perPage);
        var page = queries.events(actor, filter);
        var response = ResponseEntity.ok().header("GS1-EPCIS-Version", "2.0.0").header("GS1-CBV-Version", "2.0.0");
        if (page.next() != null) {
            var next = UriComponentsBuilder.fromPath(EVENTS);
            parameters.forEach((name, values) -> {
                if (!name.equals("nextPageToken")) {
                    values.forEach(value -> next.queryParam(name, value));
                }
            });
            next.queryParam("nextPageToken", token(page.next()));
            response.header(HttpHeaders.LINK, "<" + next.encode().build().toUriString() + ">; rel=\"next\"");
        }
        return response.contentType(MediaType.APPLICATION_JSON)
                .body(EpcisJson.queryDocument(page.events(), clock.instant()));
    }

    @ExceptionHandler(EpcisQueryException.class)
    ResponseEntity<ProblemDetail> refused(EpcisQueryException refused, HttpServletRequest request, Locale locale) {
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("epcisException:QueryParameterException"));
        problem.setTitle("Query parameter exception");
        problem.setDetail(messages.getMessage(refused.messageKey(), new Object[] {refused.parameter()},
                refused.messageKey(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("parameter", refused.parameter());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int perPage(String value) {
        if (value == null) {
            return EpcisQueries.DEFAULT_PER_PAGE;
        }
        try {
            int perPage = Integer.parseInt(value.strip());
            if (perPage < 1) {
                throw new EpcisQueryException("epcis.query.badParameter", "perPage");
            }
            // The binding lets a server answer fewer per page than asked; the Link header leads to the rest.
            return Math.min(perPage, EpcisQueries.MAX_PER_PAGE);
        } catch (NumberFormatException e) {
            throw new EpcisQueryException("epcis.query.badParameter", "perPage");
        }
    }

    /** A time with its offset; a {@code +} the query string turned into a space is put back. */
    private static Instant time(MultiValueMap<String, String> parameters, String name) {
        var value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            var time = OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
            return within(time, "epcis.query.badParameter", name);
        } catch (DateTimeParseException e) {
            throw new EpcisQueryException("epcis.query.badParameter", name);
        }
    }

    /** Years 1 to 9999: what a person or a system means by a time, and inside PostgreSQL's timestamp range. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static Instant within(Instant time, String messageKey, String parameter) {
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw new EpcisQueryException(messageKey, parameter);
        }
        return time;
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        var values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new EpcisQueryException("epcis.query.badParameter", name);
        }
        return values.get(0);
    }

    /** Values given as several parameters or separated by commas (the binding's arrays) or pipes. */
    private static List<String> values(MultiValueMap<String, String> parameters, String name) {
        var values = new ArrayList<String>();
        for (var value : parameters.getOrDefault(name, List.of())) {
            for (var part : value.split("[,|]")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    /** Null when no step is asked for; a step no OrePass event has matches nothing. */
    private static Set<EventKind> kinds(MultiValueMap<String, String> parameters) {
        if (!parameters.containsKey("EQ_bizStep")) {
            return null;
        }
        var kinds = EnumSet.noneOf(EventKind.class);
        values(parameters, "EQ_bizStep").forEach(step -> kinds.addAll(EventKind.withBizStep(step)));
        return kinds;
    }

    /** Null when no identifier is asked for; an identifier that names no lot matches nothing. */
    private static List<String> lotNumbers(MultiValueMap<String, String> parameters) {
        if (!parameters.containsKey("MATCH_anyEPC") && !parameters.containsKey("MATCH_anyEPCClass")) {
            return null;
        }
        var numbers = new ArrayList<String>();
        for (var name : List.of("MATCH_anyEPC", "MATCH_anyEPCClass")) {
            for (var urn : values(parameters, name)) {
                var number = EpcisJson.lotNumber(urn);
                if (number != null) {
                    numbers.add(number);
                }
            }
        }
        return numbers;
    }

    /** Null when no location is asked for; a location that names no mine site matches nothing. */
    private static List<Long> sites(MultiValueMap<String, String> parameters) {
        if (!parameters.containsKey("EQ_bizLocation")) {
            return null;
        }
        var ids = new ArrayList<Long>();
        for (var urn : values(parameters, "EQ_bizLocation")) {
            var id = EpcisJson.site(urn);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    static String token(EpcisEvent.Cursor cursor) {
        var text = cursor.eventTime().getEpochSecond() + "." + cursor.eventTime().getNano() + "." + cursor.source()
                + "." + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static EpcisEvent.Cursor token(String token) {
        if (token == null) {
            return null;
        }
        try {
            var parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split("\\.");
            // The source is one of the event tables' letters (operation, export, certificate, import, tag):
            // nothing else reaches SQL.
            if (parts.length != 4 || parts[2].length() != 1 || "OXCIT".indexOf(parts[2].charAt(0)) < 0) {
                throw new IllegalArgumentException(token);
            }
            var time = within(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    "epcis.query.badToken", "nextPageToken");
            return new EpcisEvent.Cursor(time, parts[2].charAt(0), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw new EpcisQueryException("epcis.query.badToken", "nextPageToken");
        }
    }
}
