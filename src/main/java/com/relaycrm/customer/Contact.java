package com.relaycrm.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A person at a customer (联系人), optionally reporting to another contact (联系人关系图). */
@Entity
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String name;
    private String title;
    private String email;
    private String phone;
    private Long superiorId;

    protected Contact() {
    }

    Contact(Long customerId, String name, String title, String email, String phone, Long superiorId) {
        this.customerId = customerId;
        this.name = name;
        this.title = title;
        this.email = email;
        this.phone = phone;
        this.superiorId = superiorId;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getSuperiorId() {
        return superiorId;
    }
}
