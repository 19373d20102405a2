package org.orepass.web.offline;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.offline.OfflinePack;
import org.orepass.savings.SavingsGroups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /offline} (inspectors and CSO monitors; savings groups' recorders): the records kept on this phone and the pack to take into the
 * field; {@code /offline/pack.json} the pack itself; {@code /offline/session} whether the phone's session still
 * holds, with a fresh CSRF token for the records sent later (docs/offline.md).
 */
@Controller
class OfflineController {

    private final OfflinePack pack;
    private final SavingsGroups savings;

    OfflineController(OfflinePack pack, SavingsGroups savings) {
        this.pack = pack;
        this.savings = savings;
    }

    /**
     * The records kept on this phone; for inspectors and monitors the site pack, for a savings group's recorder
     * (issue 23) the meeting forms of the groups with an open cycle, which "Prepare this phone" keeps too.
     */
    @GetMapping("/offline")
    String page(Actor actor, Model model) {
        var sites = OfflinePack.mayUse(actor) ? pack.of(actor).sites() : List.<OfflinePack.PackSite>of();
        model.addAttribute("mayPack", OfflinePack.mayUse(actor));
        model.addAttribute("siteCount", sites.size());
        model.addAttribute("sites", sites);
        model.addAttribute("meetingGroups", savings.meetingFormsFor(actor));
        return "offline/offline";
    }

    @GetMapping(value = "/offline/pack.json", produces = "application/json")
    ResponseEntity<OfflinePack.Pack> download(Actor actor) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(pack.of(actor));
    }

    /**
     * Public, so that a phone whose session ended gets a plain 401 (no sign-in page, no saved request, no session
     * made for it); signed in: the user and a fresh CSRF token for the records kept on the phone.
     */
    @GetMapping(value = "/offline/session", produces = "application/json")
    ResponseEntity<Map<String, String>> session(Principal principal, CsrfToken csrf) {
        if (principal == null || csrf == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(Map.of());
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(Map.of("user",
                principal.getName(), "csrf", csrf.getToken(), "parameter", csrf.getParameterName()));
    }
}
