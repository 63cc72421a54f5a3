package com.relaycrm.sales.lead;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.TooLargeException;
import com.relaycrm.common.Viewer;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of leads (UTF-8, comma-separated, header row
 * {@code name,company,source,phone,email,departmentCode,regionCode,note}; quotes around a cell allow commas).
 * The file is read line by line as it arrives, and all rows are checked first; one bad row, or more rows than
 * {@code relay.sales.lead-import.max-rows}, refuses the whole file with the row and column (or the count) named, so
 * nothing is half imported.
 */
@Component
public class LeadCsvImport {

    static final List<String> COLUMNS = List.of("name", "company", "source", "phone", "email", "departmentCode",
            "regionCode", "note");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final LeadService leads;
    private final Validator validator;
    private final int maxRows;

    LeadCsvImport(LeadService leads, Validator validator, LeadImportProperties properties) {
        this.leads = leads;
        this.validator = validator;
        this.maxRows = properties.maxRows();
    }

    @Transactional
    public List<Lead> importCsv(Reader csv, Viewer viewer) {
        viewer.requireAny("import leads", LeadService.ENTER);
        List<NewLead> rows = parse(csv);
        List<Lead> created = new ArrayList<>();
        for (NewLead row : rows) {
            created.add(leads.create(row, viewer));
        }
        return created;
    }

    List<NewLead> parse(Reader csv) {
        List<NewLead> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String header = reader.readLine();
            if (header != null && !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
                header = header.substring(1);
            }
            if (header == null || !split(header).stream().map(String::trim).toList().equals(COLUMNS)) {
                throw new InvalidInputException("file", "the first row must be " + String.join(",", COLUMNS));
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new InvalidInputException("file", "has more than " + maxRows + " lead rows (at most "
                            + maxRows + " per import; split the file)");
                }
                rows.add(row(number, split(line)));
            }
        } catch (TooLargeException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "has no lead rows");
        }
        return rows;
    }

    private NewLead row(int number, List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            throw new InvalidInputException("row " + number, "has " + cells.size() + " cells, expected " + COLUMNS.size());
        }
        LeadSource source;
        try {
            source = cells.get(2).isBlank() ? LeadSource.IMPORT : LeadSource.valueOf(cells.get(2).trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("row " + number + ".source", "'" + cells.get(2) + "' is not one of "
                    + Arrays.toString(LeadSource.values()));
        }
        NewLead lead = new NewLead(cells.get(0), empty(cells.get(1)), source, empty(cells.get(3)), empty(cells.get(4)),
                empty(cells.get(5)), empty(cells.get(6)), empty(cells.get(7)));
        Set<ConstraintViolation<NewLead>> violations = validator.validate(lead);
        if (!violations.isEmpty()) {
            ConstraintViolation<NewLead> first = violations.iterator().next();
            throw new InvalidInputException("row " + number + "." + first.getPropertyPath(), first.getMessage());
        }
        return lead;
    }

    private static String empty(String cell) {
        return cell.isBlank() ? null : cell.trim();
    }

    /** Splits one CSV line; "..." quotes a cell, "" inside quotes is a quote. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
