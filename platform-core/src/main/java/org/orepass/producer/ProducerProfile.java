package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.FormalisationStage;

/**
 * The profile of a producer: an existing organisation (a cooperative or a mine operator) extended, never copied.
 * Its sites are those it owns or operates in the site registry; its buyers those that received lots from it.
 */
@Entity
@Table(name = "producer_profile")
public class ProducerProfile {

    /** The improvement plan is reviewed every six months. */
    public static final Period REVIEW_EVERY = Period.ofMonths(6);
    static final int MAX_MEMBERS = 1_000_000;
    static final int MAX_SEATS = 1000;
    static final int MAX_LICENCES = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private Long supportingCsoId;
    private int membersMen;
    private int membersWomen;
    private int boardMen;
    private int boardWomen;
    private int committeeMen;
    private int committeeWomen;
    @Enumerated(EnumType.STRING)
    private FormalisationStage formalisationStage;
    private String licences;
    private boolean passportPublic;
    private LocalDate planReviewedOn;
    private Instant createdAt;
    @Version
    private long version;

    protected ProducerProfile() {
        // for JPA
    }

    ProducerProfile(Long organisationId, ProducerDetails details, Instant now) {
        this.organisationId = organisationId;
        this.createdAt = now;
        describe(details);
    }

    void describe(ProducerDetails details) {
        count("membersMen", details.membersMen(), MAX_MEMBERS);
        count("membersWomen", details.membersWomen(), MAX_MEMBERS);
        count("boardMen", details.boardMen(), MAX_SEATS);
        count("boardWomen", details.boardWomen(), MAX_SEATS);
        count("committeeMen", details.committeeMen(), MAX_SEATS);
        count("committeeWomen", details.committeeWomen(), MAX_SEATS);
        var licenceText = details.licences() == null ? null : details.licences().strip();
        if (licenceText != null && licenceText.length() > MAX_LICENCES) {
            throw new DomainRuleViolation("licences", "producer.licences.too-long", MAX_LICENCES);
        }
        this.membersMen = details.membersMen();
        this.membersWomen = details.membersWomen();
        this.boardMen = details.boardMen();
        this.boardWomen = details.boardWomen();
        this.committeeMen = details.committeeMen();
        this.committeeWomen = details.committeeWomen();
        this.formalisationStage = details.formalisationStage();
        this.licences = licenceText == null || licenceText.isEmpty() ? null : licenceText;
        this.supportingCsoId = details.supportingCsoId();
        this.passportPublic = details.passportPublic();
    }

    private static void count(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new DomainRuleViolation(field, "producer.count.range", 0, max);
        }
    }

    void planReviewed(LocalDate on) {
        this.planReviewedOn = on;
    }

    /** When the plan is next due for review: six months after the last review, or now if never reviewed. */
    public LocalDate nextReviewOn(LocalDate today) {
        return planReviewedOn == null ? today : planReviewedOn.plus(REVIEW_EVERY);
    }

    public boolean reviewOverdue(LocalDate today) {
        return planReviewedOn == null || today.isAfter(planReviewedOn.plus(REVIEW_EVERY));
    }

    public ProducerDetails details() {
        return new ProducerDetails(membersMen, membersWomen, boardMen, boardWomen, committeeMen, committeeWomen,
                formalisationStage, licences, supportingCsoId, passportPublic);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getSupportingCsoId() {
        return supportingCsoId;
    }

    public int getMembersMen() {
        return membersMen;
    }

    public int getMembersWomen() {
        return membersWomen;
    }

    public int getBoardMen() {
        return boardMen;
    }

    public int getBoardWomen() {
        return boardWomen;
    }

    public int getCommitteeMen() {
        return committeeMen;
    }

    public int getCommitteeWomen() {
        return committeeWomen;
    }

    public FormalisationStage getFormalisationStage() {
        return formalisationStage;
    }

    public String getLicences() {
        return licences;
    }

    public boolean isPassportPublic() {
        return passportPublic;
    }

    public LocalDate getPlanReviewedOn() {
        return planReviewedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
