package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

/**
 * The lead import's bounds: the file's size ({@code relay.web.upload-limits}, small in the tests) and its rows
 * ({@code relay.sales.lead-import.max-rows}). A file over either is refused whole, saying the limit.
 */
@RelayIntegrationTest
class LeadImportLimitsTest {

    private static final String LEAD_IMPORT = "/api/sales/leads/import";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String HEADER = String.join(",", LeadCsvImport.COLUMNS) + "\n";

    @Autowired Api api;
    @Autowired LeadRepository leads;

    @Value("${relay.web.upload-limits.[" + LEAD_IMPORT + "]}") DataSize maxLeadFile;
    @Value("${relay.sales.lead-import.max-rows}") int maxLeadRows;

    @Test
    void aLeadFileOverItsLimitIsRefusedWith413AndNothingIsImported() {
        long before = leads.count();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; file.length() <= maxLeadFile.toBytes(); i++) {
            file.append("Lead ").append(i).append(",,,,,,,").append("n".repeat(100)).append('\n');
        }

        ResponseEntity<String> answer = importFile(file);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody()).contains("at most " + maxLeadFile.toBytes() + " bytes");
        assertThat(leads.count()).isEqualTo(before);
    }

    @Test
    void aLeadFileWithMoreRowsThanTheCapIsRefusedWith400AndNothingIsImported() {
        long before = leads.count();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i <= maxLeadRows; i++) {
            file.append("L").append(i).append(",,,,,,,\n");
        }

        ResponseEntity<String> answer = importFile(file);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains("file: has more than " + maxLeadRows + " lead rows");
        assertThat(leads.count()).isEqualTo(before);
    }

    private ResponseEntity<String> importFile(CharSequence file) {
        return api.postText("salesmgr1", LEAD_IMPORT, CSV, file.toString());
    }
}
