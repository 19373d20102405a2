package org.orepass.web.custody;

import org.orepass.account.Actor;
import org.orepass.custody.CustodyQueries;
import org.orepass.custody.CustodyTransfers;
import org.orepass.custody.Genealogy;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lot page's model: the lot, its sales, and the sell form for the custodian; shown again on a refused sale. */
@Component
class LotPage {

    /** Lots drawn in each genealogy tree on the page; the JSON has them all. */
    static final int TREE_LIMIT = 150;

    private final CustodyQueries queries;
    private final CustodyTransfers transfers;
    private final Genealogy genealogy;

    LotPage(CustodyQueries queries, CustodyTransfers transfers, Genealogy genealogy) {
        this.queries = queries;
        this.transfers = transfers;
        this.genealogy = genealogy;
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
        model.addAttribute("genealogy", genealogy.of(actor, id, TREE_LIMIT));
        return CustodyController.LOT;
    }
}
