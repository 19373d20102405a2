package org.orepass.web.alert;

import org.orepass.alert.internal.MailOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/outbox} (administrators): the newest mails of the queue with their state; in demo mode, where
 * mails are kept here instead of going out, with their text.
 */
@Controller
class OutboxController {

    static final int SHOWN = 100;

    private final MailOutbox outbox;
    private final MailSettings settings;

    OutboxController(MailOutbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @GetMapping("/admin/outbox")
    String page(Model model) {
        model.addAttribute("mails", outbox.newest(SHOWN));
        model.addAttribute("demo", settings.demo());
        return "alert/outbox";
    }
}
