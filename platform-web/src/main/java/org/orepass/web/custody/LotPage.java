package org.orepass.web.custody;

import org.orepass.account.Actor;
import org.orepass.custody.CustodyQueries;
import org.orepass.custody.CustodyTransfers;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lot page's model: the lot, its sales, and the sell form for the custodian; shown again on a refused sale. */
@Component
class LotPage {

    private final CustodyQueries queries;
    private final CustodyTransfers transfers;

    LotPage(CustodyQueries queries, CustodyTransfers transfers) {
        this.queries = queries;
        this.transfers = transfers;
    }

    String show(Actor actor, Long id, Model model) {
        model.addAttribute("lot", queries.lot(actor, id));
        var sale = transfers.saleOptions(actor, id);
        model.addAttribute("sale", sale);
        if (!model.containsAttribute("saleForm")) {
            model.addAttribute("saleForm", new SaleForm(sale.lotVersion()));
        }
        model.addAttribute("transfers", transfers.ofLot(actor, id));
        model.addAttribute("inputs", transfers.inputsOf(actor, id));
        return CustodyController.LOT;
    }
}
