package org.orepass.epcis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Each OrePass custody step as an EPCIS 2.0 event (docs/epcis.md, "Mapping"): its event type, action, CBV business
 * step and disposition. Lots carry no instance identifiers (bags are not numbered), so every event names lots as
 * class-level quantities and there is no AggregationEvent.
 */
public enum EventKind {
    /** A tag issued for a mine site (ICGLR MD.11): the numbered tag comes into being, before it seals any lot. */
    TAG_ISSUING(Type.OBJECT, "ADD", "commissioning", "active"),
    /** A tagged lot produced at a mine site: the lot comes into being (ICGLR MD.11 tag, MD.12 lot). */
    PRODUCTION(Type.OBJECT, "ADD", "commissioning", "active"),
    /** The seller sends a sold lot: ownership passes to the buyer (invoice as the business transaction). */
    SALE(Type.OBJECT, "OBSERVE", "shipping", "in_transit"),
    /** The buyer receives the delivery: the purchase lot it makes. */
    RECEIPT(Type.OBJECT, "OBSERVE", "receiving", "in_progress"),
    /** The buyer refuses the delivery: it goes back to the seller. */
    REJECTION(Type.OBJECT, "OBSERVE", "receiving", "returned"),
    COMBINATION(Type.TRANSFORMATION, null, "creating_class_instance", "active"),
    SPLIT(Type.TRANSFORMATION, null, "creating_class_instance", "active"),
    PROCESSING(Type.TRANSFORMATION, null, "creating_class_instance", "active"),
    TRANSPORTATION(Type.OBJECT, "OBSERVE", "transporting", "in_transit"),
    STORAGE(Type.OBJECT, "OBSERVE", "storing", "active"),
    /**
     * Material received over a border (ICGLR originating operation 7) with the certificate or export document of the
     * country it came from, which links a re-import to the export lot that certificate covers.
     */
    IMPORT(Type.OBJECT, "OBSERVE", "receiving", "in_progress"),
    /** An export shipment submitted: its lots become the export lot (a transformation, so genealogy is kept). */
    EXPORT(Type.TRANSFORMATION, null, "packing", "in_progress"),
    /** A certified export shipment leaves the country, its ICGLR certificate as a business transaction. */
    EXPORT_SHIPPING(Type.OBJECT, "OBSERVE", "departing", "in_transit");

    /** The EPCIS event type. */
    public enum Type {
        OBJECT("ObjectEvent"), TRANSFORMATION("TransformationEvent");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    private final Type type;
    private final String action;
    private final String bizStep;
    private final String disposition;

    EventKind(Type type, String action, String bizStep, String disposition) {
        this.type = type;
        this.action = action;
        this.bizStep = bizStep;
        this.disposition = disposition;
    }

    public Type type() {
        return type;
    }

    /** ADD or OBSERVE for an ObjectEvent; null for a TransformationEvent, which has no action. */
    public String action() {
        return action;
    }

    /** The CBV 2.0 business step, in the bare form the JSON-LD context expands. */
    public String bizStep() {
        return bizStep;
    }

    public String disposition() {
        return disposition;
    }

    /**
     * The kinds with a business step, as a query names it: bare ({@code shipping}), as a web URI
     * ({@code https://ref.gs1.org/cbv/BizStep-shipping}) or as a URN ({@code urn:epcglobal:cbv:bizstep:shipping});
     * empty when no OrePass event has that step.
     */
    public static List<EventKind> withBizStep(String value) {
        var step = value.strip();
        var lower = step.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://ref.gs1.org/cbv/bizstep-")) {
            step = step.substring("https://ref.gs1.org/cbv/BizStep-".length());
        } else if (lower.startsWith("urn:epcglobal:cbv:bizstep:")) {
            step = step.substring("urn:epcglobal:cbv:bizstep:".length());
        }
        var bare = step;
        return Arrays.stream(values()).filter(kind -> kind.bizStep.equals(bare)).toList();
    }
}
