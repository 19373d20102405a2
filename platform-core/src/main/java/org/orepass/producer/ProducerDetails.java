package org.orepass.producer;

import org.orepass.site.FormalisationStage;

/**
 * What a producer says of itself: people by sex (members, board seats, committee seats), its formalisation stage,
 * its licences, the CSO that supports it, and whether its passport is public.
 */
public record ProducerDetails(int membersMen, int membersWomen, int boardMen, int boardWomen, int committeeMen,
        int committeeWomen, FormalisationStage formalisationStage, String licences, Long supportingCsoId,
        boolean passportPublic) {
}
