package org.orepass.producer.internal;

import java.util.List;
import org.orepass.producer.MercuryRecord;

/** Mercury records (a port). */
public interface MercuryRecords {

    MercuryRecord save(MercuryRecord record);

    List<MercuryRecord> findByProducerIdOrderByPeriodStartAscIdAsc(Long producerId);
}
