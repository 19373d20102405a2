package org.orepass.web.alert;

import org.orepass.alert.MailSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link MailSender}: SMTP when {@code spring.mail.host} is set, else the demo's outbox page. */
@Configuration
class MailConfiguration {

    @Bean
    MailSender mailSender(MailSettings settings) {
        return settings.host().isEmpty() ? new DemoMailSender() : new SpringMailSender(settings);
    }
}
