package org.orepass.web.producer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.orepass.producer.ProducerDetails;
import org.orepass.producer.ProducerProfile;
import org.orepass.site.FormalisationStage;

/** The producer profile form: people by sex, formalisation, licences, supporting CSO, passport choice. */
public class ProfileForm {

    private Long organisationId;
    @NotNull
    @Min(0)
    @Max(1_000_000)
    private Integer membersMen = 0;
    @NotNull
    @Min(0)
    @Max(1_000_000)
    private Integer membersWomen = 0;
    @NotNull
    @Min(0)
    @Max(1000)
    private Integer boardMen = 0;
    @NotNull
    @Min(0)
    @Max(1000)
    private Integer boardWomen = 0;
    @NotNull
    @Min(0)
    @Max(1000)
    private Integer committeeMen = 0;
    @NotNull
    @Min(0)
    @Max(1000)
    private Integer committeeWomen = 0;
    private FormalisationStage formalisationStage;
    @Size(max = 1000)
    private String licences;
    private Long supportingCsoId;
    private boolean passportPublic;
    private long version;

    static ProfileForm of(ProducerProfile profile) {
        var form = new ProfileForm();
        form.organisationId = profile.getOrganisationId();
        form.membersMen = profile.getMembersMen();
        form.membersWomen = profile.getMembersWomen();
        form.boardMen = profile.getBoardMen();
        form.boardWomen = profile.getBoardWomen();
        form.committeeMen = profile.getCommitteeMen();
        form.committeeWomen = profile.getCommitteeWomen();
        form.formalisationStage = profile.getFormalisationStage();
        form.licences = profile.getLicences();
        form.supportingCsoId = profile.getSupportingCsoId();
        form.passportPublic = profile.isPassportPublic();
        form.version = profile.getVersion();
        return form;
    }

    ProducerDetails toDetails() {
        return new ProducerDetails(membersMen, membersWomen, boardMen, boardWomen, committeeMen, committeeWomen,
                formalisationStage, licences, supportingCsoId, passportPublic);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getMembersMen() {
        return membersMen;
    }

    public void setMembersMen(Integer membersMen) {
        this.membersMen = membersMen;
    }

    public Integer getMembersWomen() {
        return membersWomen;
    }

    public void setMembersWomen(Integer membersWomen) {
        this.membersWomen = membersWomen;
    }

    public Integer getBoardMen() {
        return boardMen;
    }

    public void setBoardMen(Integer boardMen) {
        this.boardMen = boardMen;
    }

    public Integer getBoardWomen() {
        return boardWomen;
    }

    public void setBoardWomen(Integer boardWomen) {
        this.boardWomen = boardWomen;
    }

    public Integer getCommitteeMen() {
        return committeeMen;
    }

    public void setCommitteeMen(Integer committeeMen) {
        this.committeeMen = committeeMen;
    }

    public Integer getCommitteeWomen() {
        return committeeWomen;
    }

    public void setCommitteeWomen(Integer committeeWomen) {
        this.committeeWomen = committeeWomen;
    }

    public FormalisationStage getFormalisationStage() {
        return formalisationStage;
    }

    public void setFormalisationStage(FormalisationStage formalisationStage) {
        this.formalisationStage = formalisationStage;
    }

    public String getLicences() {
        return licences;
    }

    public void setLicences(String licences) {
        this.licences = licences;
    }

    public Long getSupportingCsoId() {
        return supportingCsoId;
    }

    public void setSupportingCsoId(Long supportingCsoId) {
        this.supportingCsoId = supportingCsoId;
    }

    public boolean isPassportPublic() {
        return passportPublic;
    }

    public void setPassportPublic(boolean passportPublic) {
        this.passportPublic = passportPublic;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
