package org.orepass.web.custody;

import java.util.List;
import org.orepass.custody.OperationHistory;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The lot page's operations panel (custody/operations.html): the lot's history and, for the custodian's traders,
 * the links to the operation forms. The fragment reads it itself ({@code @lotOperations.of(id)}), so the lot
 * page includes it with one line and its controllers need not know about operations.
 */
@Component("lotOperations")
public class LotOperationsPanel {

    private final OperationHistory history;

    LotOperationsPanel(OperationHistory history) {
        this.history = history;
    }

    public record Panel(boolean mayOperate, List<OperationHistory.OperationRow> operations) {
    }

    public Panel of(Long lotId) {
        var actor = CurrentUser.require().actor();
        return new Panel(history.mayOperate(actor, lotId), history.ofLot(actor, lotId));
    }
}
