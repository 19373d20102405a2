package org.orepass.web.home;

import org.orepass.workqueue.WorkQueueReading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the user's work queue (what waits for them, how many, and where; {@link WorkQueueReading}), then
 * one panel per capability the user's roles open (the template picks them).
 */
@Controller
class HomeController {

    static final String HOME = "home/index";

    private final WorkQueueReading queue;

    HomeController(WorkQueueReading queue) {
        this.queue = queue;
    }

    @GetMapping("/")
    String home(Model model, java.util.Optional<org.orepass.account.Actor> actor) {
        model.addAttribute("queue", actor.map(queue::of).orElse(java.util.List.of()));
        return HOME;
    }
}
