package com.relaycrm.organisation;

import jakarta.persistence.Entity;

/** A sales region (区域), e.g. 全国 > 华北 > 北京 > 1店. */
@Entity
public class Region extends OrganisationUnit {

    protected Region() {
    }

    Region(String code, String name, String parentCode) {
        super(code, name, parentCode);
    }
}
