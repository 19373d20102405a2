package org.orepass.web.downstream;

/** The exporter's choice of the organisation its shipment goes to. */
public class ConsigneeForm {

    private Long consigneeId;

    public Long getConsigneeId() {
        return consigneeId;
    }

    public void setConsigneeId(Long consigneeId) {
        this.consigneeId = consigneeId;
    }
}
