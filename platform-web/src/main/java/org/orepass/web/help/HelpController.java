package org.orepass.web.help;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Short help for each role (issue 16): what the role does first and where, in plain words and four languages.
 * The signed-in user's own roles come first (the template orders them).
 */
@Controller
class HelpController {

    static final String HELP = "help/index";

    @GetMapping("/help")
    String help() {
        return HELP;
    }
}
