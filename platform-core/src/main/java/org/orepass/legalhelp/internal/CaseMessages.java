package org.orepass.legalhelp.internal;

import java.util.List;
import org.orepass.legalhelp.CaseMessage;

/** The messages of cases (a port). */
public interface CaseMessages {

    CaseMessage add(CaseMessage message);

    List<CaseMessage> ofCase(Long caseId);
}
