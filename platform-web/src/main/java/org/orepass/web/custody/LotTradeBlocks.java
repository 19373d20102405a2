package org.orepass.web.custody;

import java.util.List;
import org.orepass.custody.TradeBlocks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The lot page's notice when the lot may not be traded (a red site, a site under review: docs/custody.md), so that
 * the custodian learns it before trying; the same words as the refusal. Read by {@code custody/lot-blocks.html},
 * included by one line in {@code custody/lot.html}.
 */
@Component("lotTradeBlocks")
public class LotTradeBlocks {

    private final TradeBlocks blocks;
    private final MessageSource messages;

    LotTradeBlocks(TradeBlocks blocks, MessageSource messages) {
        this.blocks = blocks;
        this.messages = messages;
    }

    /** The page has checked that the user may see the lot: its trace back goes with it. */
    public List<String> of(Long lotId) {
        return blocks.blocks(List.of(lotId)).stream().map(block -> block.refusal(null))
                .map(refusal -> messages.getMessage(refusal.messageKey(), refusal.arguments(),
                        LocaleContextHolder.getLocale()))
                .distinct().toList();
    }
}
