package org.orepass.web.incident;

import org.orepass.account.Actor;
import java.util.Locale;
import org.orepass.incident.IncidentQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The in-app notification list: sites put under review in the inspector's jurisdiction or the CSO's country. */
@Controller
class NotificationController {

    static final String PAGE = "incident/notifications";

    private final IncidentQueries queries;

    NotificationController(IncidentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/notifications")
    String list(Model model, Locale locale, Actor actor) {
        model.addAttribute("notifications", queries.notifications(actor));
        return PAGE;
    }
}
