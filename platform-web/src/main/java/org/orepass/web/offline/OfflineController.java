package org.orepass.web.offline;

import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.offline.OfflinePack;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /offline} (inspectors and CSO monitors): the records kept on this phone and the pack to take into the
 * field; {@code /offline/pack.json} the pack itself; {@code /offline/session} whether the phone's session still
 * holds, with a fresh CSRF token for the records sent later (docs/offline.md).
 */
@Controller
class OfflineController {

    private final OfflinePack pack;

    OfflineController(OfflinePack pack) {
        this.pack = pack;
    }

    @GetMapping("/offline")
    String page(Actor actor, Model model) {
        var contents = pack.of(actor);
        model.addAttribute("siteCount", contents.sites().size());
        model.addAttribute("sites", contents.sites());
        return "offline/offline";
    }

    @GetMapping(value = "/offline/pack.json", produces = "application/json")
    ResponseEntity<OfflinePack.Pack> download(Actor actor) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(pack.of(actor));
    }

    @GetMapping(value = "/offline/session", produces = "application/json")
    @ResponseBody
    Map<String, String> session(Actor actor, CsrfToken csrf) {
        return Map.of("user", actor.username(), "csrf", csrf.getToken(), "parameter", csrf.getParameterName());
    }
}
