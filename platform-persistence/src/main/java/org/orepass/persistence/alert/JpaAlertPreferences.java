package org.orepass.persistence.alert;

import java.util.Optional;
import org.orepass.alert.AlertPreference;
import org.orepass.alert.internal.AlertPreferences;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaAlertPreferences extends JpaRepository<AlertPreference, Long>, AlertPreferences {

    @Override
    default Optional<AlertPreference> of(Long userId) {
        return findById(userId);
    }

    @Override
    default AlertPreference store(AlertPreference preference) {
        return saveAndFlush(preference);
    }
}
