package org.orepass.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a visitor without an account can do (issue 16): report a problem, follow a report, read the verified
 * incidents, or sign in. Anonymous requests for {@code /} land here (SecurityConfiguration).
 */
@Controller
class WelcomeController {

    static final String WELCOME = "home/welcome";

    @GetMapping("/welcome")
    String welcome() {
        return WELCOME;
    }
}
