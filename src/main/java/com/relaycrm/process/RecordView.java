package com.relaycrm.process;

import com.relaycrm.process.OpenTasks.OpenTask;
import java.util.List;

/**
 * What a record page shows (/records/{type}.html?key=…): the record as its area's service returns it to the viewer,
 * with the tasks open on it now. Built by each area after its own data-permission check.
 */
public record RecordView<T>(String type, String key, T record, List<OpenTask> openTasks) {
}
