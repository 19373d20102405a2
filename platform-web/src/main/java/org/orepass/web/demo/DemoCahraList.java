package org.orepass.web.demo;

import org.orepass.risk.CahraList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode (embedded database) ships an example CAHRA list, eastern DRC provinces marked as demo data, so CAHRA
 * red flags work out of the box. Only into an empty list; an administrator's loaded list replaces it.
 */
@Component
@ConditionalOnProperty(name = "orepass.demo.enabled", havingValue = "true")
class DemoCahraList implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCahraList.class);

    private final CahraList list;

    DemoCahraList(CahraList list) {
        this.list = list;
    }

    @Override
    public void run(ApplicationArguments args) {
        var added = list.seedDemoList();
        if (added > 0) {
            LOG.info("Demo mode: added an example CAHRA list of {} areas, marked as demo data.", added);
        }
    }
}
