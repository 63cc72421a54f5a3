package com.relaycrm.web;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request size limits ({@code relay.web.*}, see {@link RequestSizeLimitFilter}).
 *
 * @param maxBodySize the largest request body of /api, /actuator, /engine-rest and the webapps' API
 * @param uploadLimits paths that take a file (exactly, e.g. {@code /api/sales/leads/import}), with their own limit
 */
@ConfigurationProperties("relay.web")
public record WebLimitsProperties(DataSize maxBodySize, Map<String, DataSize> uploadLimits) {

    public WebLimitsProperties {
        if (maxBodySize == null || maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("relay.web.max-body-size must be a positive size");
        }
        uploadLimits = uploadLimits == null ? Map.of() : Map.copyOf(uploadLimits);
        uploadLimits.forEach((path, limit) -> {
            if (limit == null || limit.toBytes() < 1) {
                throw new IllegalArgumentException("relay.web.upload-limits." + path + " must be a positive size");
            }
        });
    }

    /** The limit for a request to this path (without the context path). */
    public long limitFor(String path) {
        DataSize upload = uploadLimits.get(path);
        return (upload != null ? upload : maxBodySize).toBytes();
    }
}
