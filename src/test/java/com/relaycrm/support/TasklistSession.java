package com.relaycrm.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person signed in to Tasklist, without a browser: the webapps' session cookie and CSRF token, for calling what
 * Tasklist calls (the engine REST API under /camunda/api/engine) exactly as Tasklist does.
 */
public final class TasklistSession {

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private TasklistSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Signs in as a demo user (password = user id) through Tasklist's login form. */
    public static TasklistSession signIn(TestRestTemplate rest, String user) {
        TasklistSession session = new TasklistSession(rest);
        ResponseEntity<String> login = session.attemptSignIn(user, user);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("Tasklist sign-in failed: " + login.getStatusCode() + " " + login.getBody());
        }
        session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
        return session;
    }

    /** A browser that opened Tasklist's sign-in page (so it holds the CSRF cookie) and has not signed in yet. */
    public static TasklistSession signInPage(TestRestTemplate rest) {
        return new TasklistSession(rest);
    }

    /** Sends Tasklist's login form with these credentials and gives the answer as it is, whatever it is. */
    public ResponseEntity<String> attemptSignIn(String user, String password) {
        exchange(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return exchange(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist", form,
                MediaType.APPLICATION_FORM_URLENCODED);
    }

    public ResponseEntity<String> post(String path, String json) {
        return exchange(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null, null);
    }

    private ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (type != null) {
            headers.setContentType(type);
        }
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            cookies.put("XSRF-TOKEN", token);
        }
        return response;
    }
}
