package org.orepass.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: one panel per capability the user's roles open (the template picks them). */
@Controller
class HomeController {

    static final String HOME = "home/index";

    @GetMapping("/")
    String home() {
        return HOME;
    }
}
