/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small RFC 8040 client for the tests: JSON in and out, HTTP basic authentication with one account (the
 * controller's {@code admin}, unless {@link #as} names another).
 */
public final class Restconf {
    private static final String JSON = "application/json";
    private static final String XML = "application/yang-data+xml";

    private final HttpClient client;
    private final String base;
    private final String authorization;

    /**
     * A client of a controller's RESTCONF that logs in with a password.
     *
     * @param base the root of its resources, e.g. {@code http://127.0.0.1:8181/rests}
     * @param user the user name
     * @param password the password
     * @return the client
     */
    public static Restconf at(final String base, final String user, final String password) {
        return new Restconf(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), base, user,
            password);
    }

    Restconf(final HttpClient client, final String base, final String user, final String password) {
        this.client = client;
        this.base = base;
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same controller, as another user.
     *
     * @param user the user name
     * @param password the password
     * @return a client that logs in as that user
     */
    public Restconf as(final String user, final String password) {
        return new Restconf(client, base, user, password);
    }

    /**
     * One response.
     *
     * @param status HTTP status code
     * @param body the body, possibly empty
     */
    public record Response(int status, String body) {
        /**
         * Parses the body as JSON.
         *
         * @return the parsed body
         */
        public JsonElement json() {
            return JsonParser.parseString(body);
        }
    }

    public Response get(final String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Response put(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", JSON).PUT(BodyPublishers.ofString(json)));
    }

    public Response post(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", JSON).POST(BodyPublishers.ofString(json)));
    }

    /**
     * A plain merge PATCH (RFC 8040 section 4.6.1).
     *
     * @param path the target resource
     * @param json the body to merge
     * @return the response
     * @throws IOException on I/O errors
     * @throws InterruptedException when interrupted
     */
    public Response patch(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", JSON).method("PATCH", BodyPublishers.ofString(json)));
    }

    /**
     * A YANG-PATCH (RFC 8072): a list of edits, answered with a {@code yang-patch-status} per edit.
     *
     * @param path the target resource
     * @param json the {@code ietf-yang-patch:yang-patch} body
     * @return the response
     * @throws IOException on I/O errors
     * @throws InterruptedException when interrupted
     */
    public Response yangPatch(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/yang-patch+json")
            .setHeader("Accept", "application/yang-data+json").method("PATCH", BodyPublishers.ofString(json)));
    }

    /**
     * A request in XML (RFC 8040 section 5.2, {@code application/yang-data+xml}), answered in XML.
     *
     * @param method the HTTP method
     * @param path the target resource
     * @param xml the body, or null for none
     * @return the response
     * @throws IOException on I/O errors
     * @throws InterruptedException when interrupted
     */
    public Response xml(final String method, final String path, final String xml)
            throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", XML).header("Content-Type", XML).method(method,
            xml == null ? BodyPublishers.noBody() : BodyPublishers.ofString(xml)));
    }

    public Response delete(final String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /**
     * Opens a RESTCONF event stream (RFC 8040 section 6.3, server-sent events) at a location taken from
     * {@code restconf-state/streams}; the lines of events arrive as the server sends them.
     *
     * @param location the stream's location
     * @return the open stream; close it to unsubscribe
     */
    public InputStream openEventStream(final String location) throws IOException, InterruptedException {
        final var response = client.send(HttpRequest.newBuilder(URI.create(location))
            .header("Authorization", authorization)
            .header("Accept", "text/event-stream")
            .GET().build(), BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("event stream " + location + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(final String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Accept", JSON);
    }

    private Response send(final HttpRequest.Builder request) throws IOException, InterruptedException {
        final var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }
}
