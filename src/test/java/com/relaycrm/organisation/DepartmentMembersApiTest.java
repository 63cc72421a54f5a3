package com.relaycrm.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Who works in which department is kept by administrators; everyone may read it and their own departments. */
@RelayIntegrationTest
class DepartmentMembersApiTest {

    @Autowired Api api;
    @Autowired OrganisationService organisation;

    @Test
    void anAdministratorPutsAUserIntoADepartmentOthersMayNot() {
        ResponseEntity<String> bySales = api.put("salesmgr1", "/api/organisation/departments/SERVICE/members/sales3", "");
        assertThat(bySales.getStatusCode().value()).isEqualTo(403);
        assertThat(organisation.worksIn("sales3", "SERVICE")).isFalse();

        assertThat(api.put("demo", "/api/organisation/departments/SERVICE/members/sales3", "").getStatusCode().value())
                .isEqualTo(204);
        assertThat(api.get("sales3", "/api/organisation/my-departments").getBody()).contains("SALES-N", "SERVICE");
        assertThat(api.get("sales1", "/api/organisation/departments/SERVICE/members").getBody()).contains("sales3");

        assertThat(organisation.removeFromDepartment("sales3", "SERVICE")).isTrue();
        assertThat(organisation.departmentsOf("sales3")).containsExactly("SALES-N");
    }

    @Test
    void anUnknownDepartmentOrUserIsA400NamingIt() {
        ResponseEntity<String> noDepartment = api.put("demo", "/api/organisation/departments/NOWHERE/members/sales3", "");
        assertThat(noDepartment.getStatusCode().value()).isEqualTo(400);
        assertThat(noDepartment.getBody()).contains("departmentCode");
        ResponseEntity<String> noUser = api.put("demo", "/api/organisation/departments/SERVICE/members/nobody", "");
        assertThat(noUser.getStatusCode().value()).isEqualTo(400);
        assertThat(noUser.getBody()).contains("userId");
    }
}
