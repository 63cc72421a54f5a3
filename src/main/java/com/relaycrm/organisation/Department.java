package com.relaycrm.organisation;

import jakarta.persistence.Entity;

/** A department (部门) of the company; customers and employees belong to one. */
@Entity
public class Department extends OrganisationUnit {

    protected Department() {
    }

    Department(String code, String name, String parentCode) {
        super(code, name, parentCode);
    }
}
