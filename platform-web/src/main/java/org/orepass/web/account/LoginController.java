package org.orepass.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

    static final String LOGIN = "account/login";

    @GetMapping("/login")
    String login() {
        return LOGIN;
    }
}
