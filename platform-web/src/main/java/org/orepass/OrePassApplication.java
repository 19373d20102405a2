package org.orepass;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OrePass: mine-to-export due diligence for tin, tantalum, tungsten and gold. Component scanning from this
 * package finds the domain (platform-core), its persistence adapters (platform-persistence, on the runtime class
 * path only) and the web layer.
 */
@SpringBootApplication
@EnableScheduling
public class OrePassApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrePassApplication.class, args);
    }

    /** Every rule that depends on time asks this clock, so tests can set the date. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
