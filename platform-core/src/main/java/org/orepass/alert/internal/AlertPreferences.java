package org.orepass.alert.internal;

import java.util.Optional;
import org.orepass.alert.AlertPreference;

/** Stored preferences (a port; a Spring Data repository implements it). */
public interface AlertPreferences {

    Optional<AlertPreference> of(Long userId);

    AlertPreference store(AlertPreference preference);
}
