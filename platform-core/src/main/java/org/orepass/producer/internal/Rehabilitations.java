package org.orepass.producer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.RehabilitationCommitment;
import org.orepass.producer.RehabilitationEvidence;
import org.orepass.producer.RehabilitationRecord;
import org.orepass.producer.RehabilitationVerification;

/** Land rehabilitation commitments, their progress records, files and verdicts (a port). */
public interface Rehabilitations {

    RehabilitationCommitment add(RehabilitationCommitment commitment);

    Optional<RehabilitationCommitment> commitment(Long id);

    /** By site, then oldest first. */
    List<RehabilitationCommitment> ofProducer(Long producerId);

    /** The commitments of these producers in one query: by producer, then site, then oldest first. */
    List<RehabilitationCommitment> ofProducers(Collection<Long> producerIds);

    RehabilitationRecord add(RehabilitationRecord record);

    Optional<RehabilitationRecord> record(Long id);

    /** By measurement day, then entry. */
    List<RehabilitationRecord> recordsOf(Collection<Long> commitmentIds);

    RehabilitationEvidence add(RehabilitationEvidence evidence);

    Optional<RehabilitationEvidence> evidence(Long id);

    /** The files of these records without their bytes. */
    List<RehabilitationFile> filesOf(Collection<Long> recordIds);

    RehabilitationVerification add(RehabilitationVerification verification);

    /** Oldest first. */
    List<RehabilitationVerification> verificationsOf(Collection<Long> recordIds);
}
