package org.orepass.export.internal;

import org.orepass.export.ExportTaxSetting;
import java.util.List;
import java.util.Optional;

/** Countries' own tax-before-certificate settings (a port; persistence implements it). */
public interface ExportTaxSettings {

    ExportTaxSetting add(ExportTaxSetting setting);

    Optional<ExportTaxSetting> findById(String country);

    List<ExportTaxSetting> findAllByOrderByCountry();
}
