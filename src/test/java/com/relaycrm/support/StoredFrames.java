package com.relaycrm.support;

import java.sql.SQLException;

/** Counting device frames and the card-swipe instances they started, in a {@link TestDatabase}. */
public record StoredFrames(TestDatabase database) {

    /** Frames matching an SQL condition on device_frame. */
    public long count(String condition) throws SQLException {
        return database.single("select count(*) from device_frame where " + condition);
    }

    /** Frames that started more than one card-swipe instance. */
    public long duplicateInstances() throws SQLException {
        return database.single("select count(*) from (select business_key_ from act_hi_procinst where "
                + "proc_def_key_ = 'card-swipe' group by business_key_ having count(*) > 1) d");
    }

    /** Processed frames without their card-swipe instance. */
    public long framesWithoutInstance() throws SQLException {
        return database.single("select count(*) from device_frame f where f.status = 'PROCESSED' and not exists "
                + "(select 1 from act_hi_procinst p where p.proc_def_key_ = 'card-swipe' and p.business_key_ = "
                + "concat('FRAME-', cast(f.id as varchar(20))))");
    }

    /** Card-swipe instances started. */
    public long instances() throws SQLException {
        return database.single("select count(*) from act_hi_procinst where proc_def_key_ = 'card-swipe'");
    }
}
