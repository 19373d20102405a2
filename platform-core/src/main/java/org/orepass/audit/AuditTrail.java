package org.orepass.audit;

import org.orepass.audit.internal.AuditEntry;
import java.util.List;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/**
 * Reads the audit trail. Writing happens by itself: persistence records every insert, update and delete of an
 * entity in the same transaction, so no use case can forget it.
 */
public interface AuditTrail {

    ResultPage<AuditEntry> search(AuditSearch search, PageQuery page);

    List<AuditEntry> historyOf(String entityType, String entityId);

    List<String> entityTypes();
}
