package org.orepass.web.account;

import org.orepass.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.ProfileEditing;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.StaleEditException;
import org.orepass.web.security.SignedInSession;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Every user's own page: name, e-mail, language, password and API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final String PROFILE = "account/profile";
    static final String PASSWORD = "account/password";

    private final ProfileEditing profiles;
    private final TokenIssuing tokens;
    private final SignedInSession session;

    ProfileController(ProfileEditing profiles, TokenIssuing tokens, SignedInSession session) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.session = session;
    }

    public static class ProfileForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.size}")
        private String fullName;
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.size}")
        private String email;
        private String preferredLanguage;
        private long version;

        static ProfileForm of(org.orepass.account.UserAccount account) {
            var form = new ProfileForm();
            form.fullName = account.getFullName();
            form.email = account.getEmail();
            form.preferredLanguage = account.getPreferredLanguage();
            form.version = account.getVersion();
            return form;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPreferredLanguage() {
            return preferredLanguage;
        }

        public void setPreferredLanguage(String preferredLanguage) {
            this.preferredLanguage = preferredLanguage;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class PasswordForm {
        @NotBlank(message = "{validation.required}")
        private String currentPassword;
        @NotBlank(message = "{validation.required}")
        private String newPassword;
        @NotBlank(message = "{validation.required}")
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }

    public static class TokenForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.size}")
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @GetMapping
    String profile(Model model, SignedInUser user) {
        model.addAttribute("form", ProfileForm.of(profiles.byUsername(user.username())));
        model.addAttribute("tokenForm", new TokenForm());
        return showProfile(model, user);
    }

    @PostMapping
    String saveProfile(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, SignedInUser user) {
        if (!result.hasErrors()) {
            try {
                var account = profiles.editProfile(user.username(), form.getVersion(),
                        form.getFullName(), form.getEmail(), form.getPreferredLanguage());
                session.refresh(account, request, response);
                if (account.getPreferredLanguage() != null) {
                    RequestContextUtils.getLocaleResolver(request).setLocale(request, response,
                            java.util.Locale.forLanguageTag(account.getPreferredLanguage()));
                }
                redirect.addFlashAttribute("flash", "profile.saved");
                return "redirect:/profile";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException stale) {
                Forms.rejectStale(result);
            }
        }
        model.addAttribute("tokenForm", new TokenForm());
        return showProfile(model, user);
    }

    @GetMapping("/password")
    String password(Model model) {
        model.addAttribute("form", new PasswordForm());
        return PASSWORD;
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, SignedInUser user) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return PASSWORD;
        }
        try {
            var username = user.username();
            profiles.changePassword(username, form.getCurrentPassword(), form.getNewPassword());
            session.refresh(profiles.byUsername(username), request, response);
            redirect.addFlashAttribute("flash", "password.changed");
            return "redirect:/profile";
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
            return PASSWORD;
        }
    }

    @PostMapping("/tokens")
    String issueToken(@Valid @ModelAttribute("tokenForm") TokenForm tokenForm, BindingResult result, Model model,
            RedirectAttributes redirect, SignedInUser user) {
        if (!result.hasErrors()) {
            try {
                var issued = tokens.issue(user.username(), tokenForm.getName());
                // Shown once, on the next page only; the platform keeps nothing it could show again.
                redirect.addFlashAttribute("issuedToken", issued);
                return "redirect:/profile";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        model.addAttribute("form", ProfileForm.of(profiles.byUsername(user.username())));
        return showProfile(model, user);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable Long id, RedirectAttributes redirect, SignedInUser user) {
        try {
            tokens.revoke(user.username(), id);
            redirect.addFlashAttribute("flash", "token.revoked");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", "token.unknown");
        }
        return "redirect:/profile";
    }

    private String showProfile(Model model, SignedInUser user) {
        var username = user.username();
        model.addAttribute("account", profiles.byUsername(username));
        model.addAttribute("tokens", tokens.tokensOf(username));
        return PROFILE;
    }
}
