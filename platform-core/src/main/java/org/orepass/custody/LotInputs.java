package org.orepass.custody;

import java.util.List;

/** Links from lots to the lots they were made of (a port; persistence implements it). */
public interface LotInputs {

    LotInput add(LotInput input);

    List<LotInput> of(Long lotId);
}
