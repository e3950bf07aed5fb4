/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;

/**
 * A request the front door answers itself: the HTTP status, the RESTCONF error-tag (RFC 8040 section 7) and a
 * message naming what is wrong, written as an {@code ietf-restconf:errors} body in JSON or XML.
 *
 * @param status the HTTP status
 * @param errorType the RESTCONF error-type: protocol or application
 * @param errorTag the RESTCONF error-tag
 * @param message the error-message
 */
record Refusal(int status, String errorType, String errorTag, String message) {
    static Refusal invalidValue(final String message) {
        return new Refusal(400, "protocol", "invalid-value", message);
    }

    static Refusal malformed(final String message) {
        return new Refusal(400, "protocol", "malformed-message", message);
    }

    static Refusal tooBig(final long limit) {
        return new Refusal(413, "protocol", "too-big", "the request body is larger than the " + limit
            + " bytes this controller accepts; split the change into smaller requests (see the user guide)");
    }

    static Refusal lockedOut(final long seconds) {
        return new Refusal(429, "protocol", "access-denied", "too many failed logins from this address; try again in "
            + seconds + " s");
    }

    static Refusal forbidden(final String method) {
        return new Refusal(403, "protocol", "access-denied", "your roles do not allow " + method
            + " here: the operator role reads, and runs preview-rule, explain-packet and rule-summary; changes need "
            + "the admin role");
    }

    static Refusal readOnly(final String path) {
        return new Refusal(405, "protocol", "operation-not-supported", path + " is operational state that Flowsteer"
            + " reports; it cannot be written. Change the configuration instead.");
    }

    static Refusal refusedAtCommit(final String message) {
        return new Refusal(400, "application", "invalid-value", message);
    }

    /**
     * The reply body.
     *
     * @param xml whether the client asked for XML
     * @return the body's bytes, UTF-8
     */
    byte[] body(final boolean xml) {
        if (xml) {
            return ("<errors xmlns=\"urn:ietf:params:xml:ns:yang:ietf-restconf\"><error><error-type>" + errorType
                + "</error-type><error-tag>" + errorTag + "</error-tag><error-message>" + escape(message)
                + "</error-message></error></errors>").getBytes(StandardCharsets.UTF_8);
        }
        final JsonObject error = new JsonObject();
        error.add("error-type", new JsonPrimitive(errorType));
        error.add("error-tag", new JsonPrimitive(errorTag));
        error.add("error-message", new JsonPrimitive(message));
        final JsonArray list = new JsonArray();
        list.add(error);
        final JsonObject errors = new JsonObject();
        errors.add("error", list);
        final JsonObject root = new JsonObject();
        root.add("ietf-restconf:errors", errors);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
