package com.relaycrm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timeline paging: entries of several kinds at the same instant are each shown once, in order, across pages. */
class TimelineTest {

    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void pagesThroughEntriesSharingOneInstantWithoutLosingOrRepeatingAny() {
        List<Timeline.Entry> all = new ArrayList<>();
        for (String kind : List.of("contact", "points", "loan")) {
            for (long id = 1; id <= 7; id++) {
                all.add(new Timeline.Entry(T, kind, id, kind + id, null, null, null));
            }
        }
        List<Timeline.Entry> seen = new ArrayList<>();
        Timeline.Cursor cursor = Timeline.Cursor.START;
        while (cursor != null) {
            Timeline.Cursor after = cursor;
            // each source answers as its query does: its entries after the cursor, newest first, at most size + 1
            List<List<Timeline.Entry>> sources = List.of("contact", "points", "loan").stream().map(kind -> all.stream()
                    .filter(e -> e.kind().equals(kind))
                    .filter(e -> e.at().isBefore(after.at()) || e.at().equals(after.at()) && e.id() < after.idBelow(kind))
                    .sorted(Timeline.NEWEST_FIRST).limit(5).toList()).toList();
            Timeline.Page page = Timeline.merge(sources, 4);
            seen.addAll(page.entries());
            cursor = page.next() == null ? null : Timeline.Cursor.parse(page.next());
        }
        assertThat(seen).hasSize(21).doesNotHaveDuplicates().isSortedAccordingTo(Timeline.NEWEST_FIRST);
    }

    @Test
    void aCursorThatIsNotOneIsABadRequestNamingAfter() {
        assertThatThrownBy(() -> Timeline.Cursor.parse("yesterday")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("after");
        assertThatThrownBy(() -> Timeline.requirePageSize(0)).hasMessageContaining("size");
        assertThatThrownBy(() -> Timeline.requirePageSize(201)).hasMessageContaining("size");
    }

    @Test
    void reportPeriodsAreWholeMonthsAndBadOnesNameTheirField() {
        ReportPeriod period = ReportPeriod.of("2026-01", "2026-03");
        assertThat(period.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThatThrownBy(() -> ReportPeriod.of("2026-13", null)).hasMessageContaining("from");
        assertThatThrownBy(() -> ReportPeriod.of("2026-05", "2026-04")).hasMessageContaining("from");
        assertThatThrownBy(() -> ReportPeriod.of(null, "soon")).hasMessageContaining("to");
    }
}
