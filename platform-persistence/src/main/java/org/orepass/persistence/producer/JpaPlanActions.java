package org.orepass.persistence.producer;

import org.orepass.producer.PlanAction;
import org.orepass.producer.internal.PlanActions;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaPlanActions extends JpaRepository<PlanAction, Long>, PlanActions {
}
