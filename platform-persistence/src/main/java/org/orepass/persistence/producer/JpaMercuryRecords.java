package org.orepass.persistence.producer;

import org.orepass.producer.MercuryRecord;
import org.orepass.producer.internal.MercuryRecords;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaMercuryRecords extends JpaRepository<MercuryRecord, Long>, MercuryRecords {
}
