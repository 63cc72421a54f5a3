package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.sales.lead.web.WebFormRateLimiter;
import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Leads over HTTP: the website form (anonymous, validated, rate-limited), REST entry and CSV import for staff, and
 * who may do what.
 */
@RelayIntegrationTest
class LeadApiTest {

    @Autowired Api api;
    @Autowired TestRestTemplate rest;
    @Autowired LeadRepository leadRepository;
    @Autowired WebFormRateLimiter limiter;

    @Test
    void theWebsiteFormTakesALeadWithoutLoginValidatesItAndLimitsEachAddress() {
        long before = leadRepository.count();
        assertThat(api.post(null, "/api/public/leads", "{\"company\":\"No name\",\"email\":\"a@example.com\"}")
                .getBody().toString()).contains("name");
        ResponseEntity<Map<String, Object>> badEmail = api.post(null, "/api/public/leads",
                "{\"name\":\"Zhang\",\"email\":\"not-an-address\"}");
        assertThat(badEmail.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badEmail.getBody().get("fields").toString()).contains("email");
        ResponseEntity<Map<String, Object>> noWay = api.post(null, "/api/public/leads", "{\"name\":\"Zhang\"}");
        assertThat(noWay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noWay.getBody().get("fields").toString()).contains("email");
        assertThat(leadRepository.count()).as("nothing stored from bad input").isEqualTo(before);

        ResponseEntity<Map<String, Object>> ok = api.post(null, "/api/public/leads",
                "{\"name\":\"Zhang Wei\",\"company\":\"Huaxin\",\"email\":\"zhang@example.com\",\"message\":\"Call me\"}");
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ok.getBody()).containsOnlyKeys("reference");
        long id = Long.parseLong(ok.getBody().get("reference").toString().substring("LEAD-".length()));
        Lead lead = leadRepository.findById(id).orElseThrow();
        assertThat(lead.getSource()).isEqualTo(LeadSource.WEB_FORM);
        assertThat(lead.getCreatedBy()).isEqualTo(LeadService.WEB_FORM_USER);
        assertThat(lead.getProcessInstanceId()).isNotNull();

        HttpStatus last = HttpStatus.CREATED;
        for (int i = 0; i < 10 && last != HttpStatus.TOO_MANY_REQUESTS; i++) {
            last = (HttpStatus) api.post(null, "/api/public/leads",
                    "{\"name\":\"Flood " + i + "\",\"phone\":\"010-1234\"}").getStatusCode();
        }
        assertThat(last).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theLimiterCountsEachAddressSeparately() {
        String address = "192.0.2." + (System.nanoTime() % 200);
        int accepted = 0;
        for (int i = 0; i < 20; i++) {
            accepted += limiter.tryAcquire(address) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(limiter.tryAcquire(address + "9")).isTrue();
    }

    @Test
    void everyOtherLeadEndpointNeedsALoginAndTheRightRole() {
        assertThat(api.get(null, "/api/sales/leads").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.post(null, "/api/sales/leads", "{\"name\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get(null, "/api/public/leads").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.post("service1", "/api/sales/leads", "{\"name\":\"x\",\"email\":\"x@example.com\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("service1", "/api/sales/leads").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void staffEnterLeadsOverRestWithTheFieldNamedWhenWrong() {
        ResponseEntity<Map<String, Object>> created = api.post("sales1", "/api/sales/leads",
                "{\"name\":\"Li Lei\",\"company\":\"Mingda\",\"source\":\"EVENT\",\"phone\":\"021-5555-0001\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("departmentCode")).isEqualTo("SALES-N");
        ResponseEntity<Map<String, Object>> badDepartment = api.post("sales1", "/api/sales/leads",
                "{\"name\":\"Li Lei\",\"departmentCode\":\"NOWHERE\"}");
        assertThat(badDepartment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDepartment.getBody().get("fields").toString()).contains("departmentCode");
        assertThat(api.get("salesmgr1", "/api/sales/leads/" + created.getBody().get("id") + "/activities")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCsvFileIsImportedWholeOrRefusedNamingTheRow() {
        String good = """
                name,company,source,phone,email,departmentCode,regionCode,note
                Chen Jing,"Mingda, Shanghai",EVENT,021-6666-0301,,SALES-N,SH,met at fair
                Wu Gang,,,,wu.gang@example.com,,,
                """;
        ResponseEntity<List> imported = csv("salesmgr1", good);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody()).hasSize(2);
        assertThat(imported.getBody().get(0).toString()).contains("Mingda, Shanghai");

        long before = leadRepository.count();
        String bad = """
                name,company,source,phone,email,departmentCode,regionCode,note
                Good Row,,,,good@example.com,,,
                Bad Row,,,,not-an-email,,,
                """;
        ResponseEntity<String> refused = rest.exchange("/api/sales/leads/import", HttpMethod.POST,
                new HttpEntity<>(bad, csvHeaders("salesmgr1")), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("row 3.email");
        assertThat(leadRepository.count()).isEqualTo(before);
    }

    private ResponseEntity<List> csv(String user, String body) {
        return rest.exchange("/api/sales/leads/import", HttpMethod.POST, new HttpEntity<>(body, csvHeaders(user)), List.class);
    }

    private static HttpHeaders csvHeaders(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
