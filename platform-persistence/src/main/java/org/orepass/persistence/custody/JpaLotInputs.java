package org.orepass.persistence.custody;

import java.util.List;
import org.orepass.custody.LotInput;
import org.orepass.custody.LotInputs;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaLotInputs extends JpaRepository<LotInput, Long>, LotInputs {

    @Override
    default LotInput add(LotInput input) {
        return save(input);
    }

    @Override
    default List<LotInput> of(Long lotId) {
        return findByLotIdOrderById(lotId);
    }

    List<LotInput> findByLotIdOrderById(Long lotId);
}
