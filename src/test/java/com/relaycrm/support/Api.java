package com.relaycrm.support;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Calls the running application over HTTP as a demo user (password = user id), or anonymously. */
@Component
public class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {};

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<String> get(String user, String path) {
        return get(user, user, path);
    }

    public ResponseEntity<String> get(String user, String password, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, password)), String.class);
    }

    /**
     * Every page of a paged /api list (200 a page, as many pages as {@code X-Total-Count} says), as the JSON arrays'
     * text one after another: for looking a record up in a list whatever else the shared test database holds.
     */
    public String allPages(String user, String path) {
        StringBuilder all = new StringBuilder();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            ResponseEntity<String> answer = get(user, path + separator + "size=200&page=" + page);
            if (!answer.getStatusCode().is2xxSuccessful()) {
                throw new IllegalStateException(path + ": " + answer.getStatusCode() + " " + answer.getBody());
            }
            all.append(answer.getBody());
            long total = Long.parseLong(answer.getHeaders().getFirst("X-Total-Count"));
            if ((long) (page + 1) * 200 >= total) {
                return all.toString();
            }
        }
    }

    /** A HAL resource of the engine REST API (as Tasklist asks for task lists), as text. */
    public String getHal(String user, String path) {
        HttpHeaders headers = headers(user);
        headers.setAccept(java.util.List.of(MediaType.parseMediaType("application/hal+json")));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    public ResponseEntity<Map<String, Object>> getJson(String user, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JSON_OBJECT);
    }

    public ResponseEntity<Map<String, Object>> post(String user, String path, String json) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JSON_OBJECT);
    }

    /** A POST with further request headers (e.g. an Idempotency-Key). */
    public ResponseEntity<Map<String, Object>> post(String user, String path, String json, HttpHeaders extra) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.addAll(extra);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JSON_OBJECT);
    }

    /** A POST creating a record under a client's Idempotency-Key ({@code null}: sent without one). */
    public ResponseEntity<Map<String, Object>> postUnderKey(String user, String path, String json, String key) {
        HttpHeaders extra = new HttpHeaders();
        if (key != null) {
            extra.set("Idempotency-Key", key);
        }
        return post(user, path, json, extra);
    }

    /** A POST whose answer is read as text (a JSON array, a query result). */
    public ResponseEntity<String> postForText(String user, String path, String json) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    /** A POST of a body of another type (a CSV file), whose answer is read as text. */
    public ResponseEntity<String> postText(String user, String path, MediaType type, String body) {
        HttpHeaders headers = headers(user);
        headers.setContentType(type);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<String> put(String user, String path, String json) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }

    private static HttpHeaders headers(String user) {
        return headers(user, user);
    }

    private static HttpHeaders headers(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        return headers;
    }
}
