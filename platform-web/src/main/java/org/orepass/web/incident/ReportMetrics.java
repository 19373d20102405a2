package org.orepass.web.incident;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public report form leaves no trace in the metrics (issue 15, privacy of reporters): a request counter for
 * {@code /report}, scraped every few seconds, would tell when each report was sent. Its HTTP timings are not
 * recorded at all.
 */
@Configuration
class ReportMetrics {

    @Bean
    MeterFilter noReportTimings() {
        return MeterFilter.deny(id -> id.getName().startsWith("http.server.requests")
                && id.getTag("uri") != null && id.getTag("uri").startsWith("/report"));
    }
}
