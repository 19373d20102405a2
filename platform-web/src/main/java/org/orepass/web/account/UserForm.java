package org.orepass.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserDetails;

/** The user account form of the administration pages. */
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,59}$", message = "{user.username.invalid}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String fullName;

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String email;

    @NotNull(message = "{validation.required}")
    private Long organisationId;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String jurisdictionCountry;

    /** Division codes separated by commas or spaces, as people type them: "UG-W, UG-E". */
    @Size(max = 300, message = "{validation.size}")
    private String jurisdictionDivisions;

    private String preferredLanguage;

    /** Only when opening an account: the temporary password the user must change at first sign-in. */
    private String password;

    private long version;

    public static UserForm of(UserAccount account) {
        var form = new UserForm();
        form.username = account.getUsername();
        form.fullName = account.getFullName();
        form.email = account.getEmail();
        form.organisationId = account.getOrganisation().getId();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        form.jurisdictionCountry = account.getJurisdictionCountry();
        form.jurisdictionDivisions = String.join(", ", new java.util.TreeSet<>(account.getJurisdictionDivisions()));
        form.preferredLanguage = account.getPreferredLanguage();
        form.version = account.getVersion();
        return form;
    }

    public UserDetails toDetails() {
        Set<String> divisions = jurisdictionDivisions == null ? Set.of()
                : Arrays.stream(jurisdictionDivisions.split("[,;\\s]+"))
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .map(value -> value.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        var country = jurisdictionCountry == null ? null : jurisdictionCountry.strip().toUpperCase(Locale.ROOT);
        return new UserDetails(username == null ? null : username.strip().toLowerCase(Locale.ROOT), fullName, email,
                organisationId, roles, country, divisions, preferredLanguage);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        // An empty choice arrives as a null element; it means "none", not an error page.
        this.roles = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(this.roles::add);
        }
    }

    public String getJurisdictionCountry() {
        return jurisdictionCountry;
    }

    public void setJurisdictionCountry(String jurisdictionCountry) {
        this.jurisdictionCountry = jurisdictionCountry;
    }

    public String getJurisdictionDivisions() {
        return jurisdictionDivisions;
    }

    public void setJurisdictionDivisions(String jurisdictionDivisions) {
        this.jurisdictionDivisions = jurisdictionDivisions;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
