package io.ketacare.patient.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The patient's identity and demographics. Never deleted; corrections are new versions. */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    public UUID id;

    @Column(nullable = false, length = 32)
    public String mrn;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    public String phone;

    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public void setDemographics(Demographics d) {
        this.mrn = d.mrn();
        this.givenName = d.givenName();
        this.familyName = d.familyName();
        this.birthDate = d.birthDate();
        this.sex = d.sex();
        this.phone = d.phone();
        this.email = d.email();
    }
}
