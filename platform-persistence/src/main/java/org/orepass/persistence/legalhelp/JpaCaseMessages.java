package org.orepass.persistence.legalhelp;

import java.util.List;
import org.orepass.legalhelp.CaseMessage;
import org.orepass.legalhelp.internal.CaseMessages;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaCaseMessages extends JpaRepository<CaseMessage, Long>, CaseMessages {

    @Override
    default CaseMessage add(CaseMessage message) {
        return save(message);
    }

    @Override
    default List<CaseMessage> ofCase(Long caseId) {
        return findByCaseIdOrderById(caseId);
    }

    List<CaseMessage> findByCaseIdOrderById(Long caseId);
}
