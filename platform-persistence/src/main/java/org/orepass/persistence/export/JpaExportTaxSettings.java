package org.orepass.persistence.export;

import org.orepass.export.ExportTaxSetting;
import org.orepass.export.internal.ExportTaxSettings;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaExportTaxSettings extends JpaRepository<ExportTaxSetting, String>, ExportTaxSettings {

    @Override
    default ExportTaxSetting add(ExportTaxSetting setting) {
        return save(setting);
    }
}
