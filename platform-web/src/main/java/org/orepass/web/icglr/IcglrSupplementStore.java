package org.orepass.web.icglr;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orepass.site.IcglrSupplement;
import org.orepass.site.IcglrSupplements;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps what a posted document carries beyond what the registry models (issue 17: every field of the standard a
 * document carries is stored and served back), and fills it back into the documents served: what the registry
 * has always wins, the supplement only fills what the served document leaves out. Call {@link #keep} in the same
 * transaction as the use case that records the document.
 */
@Component
class IcglrSupplementStore {

    private final IcglrSupplements supplements;
    private final JsonMapper json;
    private final Clock clock;

    IcglrSupplementStore(IcglrSupplements supplements, JsonMapper json, Clock clock) {
        this.supplements = supplements;
        this.json = json;
        this.clock = clock;
    }

    /** The document without the modelled paths ("a.b", "license[*].licenseId"); null when nothing is left. */
    static ObjectNode extract(JsonNode document, List<String> modelled) {
        var rest = (ObjectNode) document.deepCopy();
        modelled.forEach(path -> remove(rest, path));
        prune(rest);
        return rest.isEmpty() ? null : rest;
    }

    void keep(String kind, String subject, ObjectNode supplement, String username) {
        var key = subject.toUpperCase(java.util.Locale.ROOT);
        var existing = supplements.findByKindAndSubject(kind, key);
        if (supplement == null) {
            existing.ifPresent(supplements::remove);
        } else if (existing.isPresent()) {
            existing.get().replace(json.writeValueAsString(supplement), username, clock.instant());
        } else {
            supplements.store(new IcglrSupplement(kind, key, json.writeValueAsString(supplement), username,
                    clock.instant()));
        }
    }

    Map<String, JsonNode> of(String kind, Collection<String> subjects) {
        var found = new HashMap<String, JsonNode>();
        if (subjects.isEmpty()) {
            return found;
        }
        supplements.findByKindAndSubjectIn(kind, subjects.stream()
                        .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList())
                .forEach(s -> found.put(s.getSubject(), json.readTree(s.getFields())));
        return found;
    }

    ObjectNode fill(ObjectNode served, String kind, String subject) {
        var supplement = of(kind, List.of(subject)).get(subject.toUpperCase(java.util.Locale.ROOT));
        return fill(served, supplement);
    }

    /** Fills {@code served} with what it leaves out of {@code supplement} (objects and arrays item by item). */
    static ObjectNode fill(ObjectNode served, JsonNode supplement) {
        if (supplement == null || !supplement.isObject()) {
            return served;
        }
        for (var name : supplement.propertyNames()) {
            var value = supplement.get(name);
            var ours = served.get(name);
            if (ours == null || ours.isNull()) {
                served.set(name, value.deepCopy());
            } else if (ours.isObject() && value.isObject()) {
                fill((ObjectNode) ours, value);
            } else if (ours.isArray() && value.isArray()) {
                var array = (ArrayNode) ours;
                for (int i = 0; i < Math.min(array.size(), value.size()); i++) {
                    if (array.get(i).isObject() && value.get(i).isObject()) {
                        fill((ObjectNode) array.get(i), value.get(i));
                    }
                }
            }
        }
        return served;
    }

    private static void remove(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            return;
        }
        var dot = path.indexOf('.');
        var head = dot < 0 ? path : path.substring(0, dot);
        var rest = dot < 0 ? "" : path.substring(dot + 1);
        var all = head.endsWith("[*]");
        var name = all ? head.substring(0, head.length() - 3) : head;
        if (rest.isEmpty()) {
            ((ObjectNode) node).remove(name);
            return;
        }
        var child = node.get(name);
        if (all && child != null && child.isArray()) {
            child.forEach(item -> remove(item, rest));
        } else {
            remove(child, rest);
        }
    }

    /** Drops objects left empty (arrays keep their places, so items still line up with the served ones). */
    private static void prune(ObjectNode node) {
        for (var name : List.copyOf(node.propertyNames())) {
            var value = node.get(name);
            if (value.isObject()) {
                prune((ObjectNode) value);
                if (value.isEmpty()) {
                    node.remove(name);
                }
            } else if (value.isArray()) {
                value.forEach(item -> {
                    if (item.isObject()) {
                        prune((ObjectNode) item);
                    }
                });
                var allEmpty = true;
                for (var item : value) {
                    allEmpty &= item.isObject() && item.isEmpty();
                }
                if (allEmpty) {
                    node.remove(name);
                }
            }
        }
    }
}
