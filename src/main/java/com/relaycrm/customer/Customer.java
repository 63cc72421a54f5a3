package com.relaycrm.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A customer (客户): a company or an individual; an individual with a card number is a member (会员). */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private CustomerKind kind;
    private String industry;
    private String regionCode;
    private String departmentCode;
    private String levelCode;
    @Enumerated(EnumType.STRING)
    private MemberTier memberTier;
    private String cardNumber;
    private String ownerId;
    private String email;
    private String phone;
    private Instant createdAt;
    private LocalDate birthDate;

    protected Customer() {
    }

    Customer(String code, String name, CustomerKind kind, MemberTier memberTier, String ownerId) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.memberTier = memberTier;
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
    }

    void describe(String industry, String regionCode, String departmentCode, String levelCode, String cardNumber,
                  String email, String phone) {
        this.industry = industry;
        this.regionCode = regionCode;
        this.departmentCode = departmentCode;
        this.levelCode = levelCode;
        this.cardNumber = cardNumber;
        this.email = email;
        this.phone = phone;
    }

    /** A member's birthday (for birthday care plans and bonus points). */
    void birthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /** Loyalty moves a member to another tier (the loyalty package keeps the change history). */
    void releaseOwner() {
        this.ownerId = null;
    }

    void changeTier(MemberTier tier) {
        this.memberTier = tier;
    }

    public boolean isMember() {
        return cardNumber != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** How a customer reads in a form's choice list: "Huaxin Equipment (CUST-0001)". */
    public String optionLabel() {
        return name + " (" + code + ")";
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getIndustry() {
        return industry;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public MemberTier getMemberTier() {
        return memberTier;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }
}
