package org.orepass.contract.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The sales on the platform that cite a contract (a read port over custody's table, in plain SQL). */
public interface ContractSales {

    record CitingSale(Long transferId, Long lotId, String lotNumber, String buyer, LocalDate sentOn,
            BigDecimal massKg, BigDecimal amount, String currency) {
    }

    List<CitingSale> citing(long contractId);
}
