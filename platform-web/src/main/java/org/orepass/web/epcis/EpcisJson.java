package org.orepass.web.epcis;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orepass.epcis.EpcisEvent;
import org.orepass.epcis.EventKind;

/**
 * EPCIS 2.0 JSON-LD as plain maps (Jackson writes them): the events, the EPCISDocument of a lot's trace and the
 * EPCISQueryDocument of a query page. The identifiers are URNs under {@code urn:orepass:} that say what they name
 * (docs/epcis.md, "Identifiers"); the ICGLR fields are extensions under the OrePass namespace, declared in the
 * {@code @context}.
 */
final class EpcisJson {

    static final String GS1_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    static final String NAMESPACE = "https://orepass.org/epcis/";
    static final String LOT = "urn:orepass:lot:";
    static final String SITE = "urn:orepass:site:";
    static final String ORGANISATION = "urn:orepass:organisation:";
    static final String TRANSFER = "urn:orepass:transfer:";
    static final String CERTIFICATE = "urn:orepass:certificate:";
    static final String COUNTRY = "urn:orepass:country:";
    static final String TAG = "urn:orepass:tag:";

    private EpcisJson() {
    }

    static List<Object> context() {
        return List.of(GS1_CONTEXT, Map.of("orepass", NAMESPACE));
    }

    /** The class-level identifier of a lot: its number, unique on the platform, percent-encoded where needed. */
    static String lot(String lotNumber) {
        return LOT + URLEncoder.encode(lotNumber, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The lot number a lot URN names (a trailing {@code *} kept), or null if it names no lot. */
    static String lotNumber(String urn) {
        if (!urn.startsWith(LOT) || urn.length() == LOT.length()) {
            return null;
        }
        try {
            var number = URLDecoder.decode(urn.substring(LOT.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            // A control character (NUL above all, which PostgreSQL refuses) is in no lot number.
            return number.chars().anyMatch(Character::isISOControl) ? null : number;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The mine site a site URN names, or null. */
    static Long site(String urn) {
        if (!urn.startsWith(SITE)) {
            return null;
        }
        try {
            return Long.parseLong(urn.substring(SITE.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static String eventId(EpcisEvent event) {
        return switch (event.source()) {
            case 'O' -> "urn:orepass:event:operation:" + event.id();
            case 'X' -> "urn:orepass:event:export:" + event.id();
            case 'I' -> "urn:orepass:event:import:" + event.id();
            case 'T' -> "urn:orepass:event:tag:" + event.id();
            default -> "urn:orepass:event:departure:" + event.id();
        };
    }

    /** One event, in the shape the GS1 schema gives its type. */
    static Map<String, Object> event(EpcisEvent event, boolean withContext) {
        var kind = event.kind();
        var json = new LinkedHashMap<String, Object>();
        if (withContext) {
            json.put("@context", context());
        }
        json.put("type", kind.type().json());
        json.put("eventID", eventId(event));
        json.put("eventTime", time(event.eventTime()));
        json.put("recordTime", time(event.eventTime()));
        json.put("eventTimeZoneOffset", "+00:00");
        if (kind == EventKind.TAG_ISSUING) {
            // A tag is numbered: an instance, not a quantity.
            json.put("epcList", event.tag() == null ? List.of() : List.of(tag(event.tag())));
            json.put("action", kind.action());
        } else if (kind.type() == EventKind.Type.OBJECT) {
            var lots = kind == EventKind.PRODUCTION || kind == EventKind.RECEIPT || kind == EventKind.IMPORT
                    ? event.lots(EpcisEvent.Role.OUTPUT)
                    : kind == EventKind.SALE ? event.lots(EpcisEvent.Role.INPUT) : event.lots(EpcisEvent.Role.SUBJECT);
            json.put("quantityList", quantities(lots));
            json.put("action", kind.action());
        } else {
            json.put("inputQuantityList", quantities(event.lots(EpcisEvent.Role.INPUT)));
            json.put("outputQuantityList", quantities(event.lots(EpcisEvent.Role.OUTPUT)));
        }
        json.put("bizStep", kind.bizStep());
        json.put("disposition", kind.disposition());
        var produced = kind == EventKind.PRODUCTION ? event.lots(EpcisEvent.Role.OUTPUT) : List.<EpcisEvent.EventLot>of();
        if (!produced.isEmpty() && produced.get(0).siteId() != null) {
            json.put("bizLocation", Map.of("id", SITE + produced.get(0).siteId()));
        } else if (event.tag() != null) {
            json.put("bizLocation", Map.of("id", SITE + event.tag().siteId()));
        }
        var transactions = new ArrayList<Map<String, Object>>();
        if (event.transferId() != null) {
            transactions.add(transaction("inv", TRANSFER + event.transferId()));
        }
        if (event.certificate() != null) {
            transactions.add(transaction("cert", CERTIFICATE + event.certificate()));
        }
        if (!transactions.isEmpty()) {
            json.put("bizTransactionList", transactions);
        }
        parties(event, json);
        extensions(event, produced, json);
        return json;
    }

    private static void parties(EpcisEvent event, Map<String, Object> json) {
        var kind = event.kind();
        String seller = null;
        String buyer = null;
        if (kind == EventKind.SALE) {
            seller = ORGANISATION + event.organisationId();
            buyer = event.counterpartId() == null ? null : ORGANISATION + event.counterpartId();
        } else if (kind == EventKind.RECEIPT || kind == EventKind.REJECTION) {
            seller = event.counterpartId() == null ? null : ORGANISATION + event.counterpartId();
            buyer = ORGANISATION + event.organisationId();
        }
        if (seller != null && buyer != null) {
            json.put("sourceList", List.of(Map.of("type", "owning_party", "source", seller)));
            json.put("destinationList", List.of(Map.of("type", "owning_party", "destination", buyer)));
        } else if (kind == EventKind.IMPORT) {
            // From the country whose certificate or export document it came with, to the importer.
            if (event.certificate() != null) {
                json.put("sourceList", List.of(Map.of("type", "location",
                        "source", COUNTRY + event.certificate().substring(0, event.certificate().indexOf(':')))));
            }
            json.put("destinationList", List.of(Map.of("type", "owning_party",
                    "destination", ORGANISATION + event.organisationId())));
        } else if (kind == EventKind.EXPORT_SHIPPING) {
            json.put("sourceList", List.of(Map.of("type", "possessing_party",
                    "source", ORGANISATION + event.organisationId())));
            if (event.destinationCountry() != null) {
                json.put("destinationList", List.of(Map.of("type", "location",
                        "destination", COUNTRY + event.destinationCountry())));
            }
        }
    }

    /** The ICGLR fields and what EPCIS has no field for, under the OrePass namespace. */
    private static void extensions(EpcisEvent event, List<EpcisEvent.EventLot> produced, Map<String, Object> json) {
        json.put("orepass:operation", event.kind().name());
        if (event.businessDate() != null) {
            json.put("orepass:businessDate", event.businessDate().toString());
        }
        json.put("orepass:organisation", event.organisation());
        if (!produced.isEmpty()) {
            var lot = produced.get(0);
            if (lot.siteIcglrId() != null) {
                json.put("orepass:mineSiteId", lot.siteIcglrId());
            }
            if (lot.tagNumber() != null) {
                json.put("orepass:tag", lot.tagNumber());
            }
        }
        if (event.tag() != null) {
            if (event.tag().siteIcglrId() != null) {
                json.put("orepass:mineSiteId", event.tag().siteIcglrId());
            }
            json.put("orepass:tag", event.tag().number());
        }
        if (event.certificate() != null) {
            json.put("orepass:certificate", event.certificate().substring(event.certificate().indexOf(':') + 1));
        }
        if (event.kind() == EventKind.IMPORT && event.destinationCountry() != null) {
            json.put("orepass:originCountry", event.destinationCountry());
        }
        if (event.lossKg() != null) {
            json.put("orepass:lossKg", event.lossKg());
        }
    }

    /** A tag's instance identifier: its country and number (numbers are unique within a country). */
    static String tag(EpcisEvent.Tag tag) {
        return TAG + tag.country() + ":" + URLEncoder.encode(tag.number(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Object> transaction(String type, String id) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", type);
        json.put("bizTransaction", id);
        return json;
    }

    private static List<Map<String, Object>> quantities(List<EpcisEvent.EventLot> lots) {
        var list = new ArrayList<Map<String, Object>>();
        for (var lot : lots) {
            var element = new LinkedHashMap<String, Object>();
            element.put("epcClass", lot(lot.lotNumber()));
            element.put("quantity", lot.massKg().stripTrailingZeros());
            element.put("uom", "KGM");
            list.add(element);
        }
        return list;
    }

    /** A lot's trace as one EPCISDocument. */
    static Map<String, Object> document(List<EpcisEvent> events, Instant now, String instanceIdentifier) {
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", context());
        json.put("type", "EPCISDocument");
        json.put("schemaVersion", "2.0");
        json.put("creationDate", time(now));
        json.put("instanceIdentifier", instanceIdentifier);
        json.put("epcisBody", Map.of("eventList", events.stream().map(e -> event(e, false)).toList()));
        return json;
    }

    /** A page of a query's results (REST binding: {@code GET /events} answers an EPCISQueryDocument). */
    static Map<String, Object> queryDocument(List<EpcisEvent> events, Instant now) {
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", context());
        json.put("type", "EPCISQueryDocument");
        json.put("schemaVersion", "2.0");
        json.put("creationDate", time(now));
        var results = new LinkedHashMap<String, Object>();
        results.put("queryName", "SimpleEventQuery");
        results.put("resultsBody", Map.of("eventList", events.stream().map(e -> event(e, false)).toList()));
        json.put("epcisBody", Map.of("queryResults", results));
        return json;
    }
}
