package org.orepass.persistence.siteimport;

import org.orepass.siteimport.SiteImport;
import org.springframework.data.jpa.repository.JpaRepository;

/** Saves and loads the job itself; its state changes go through {@link JdbcSiteImports}. */
interface JpaSiteImports extends JpaRepository<SiteImport, Long> {
}
