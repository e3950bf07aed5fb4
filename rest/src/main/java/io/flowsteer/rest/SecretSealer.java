/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.flowsteer.api.secret.SealedSecret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the secrets of a write to {@code flowsteer-devices} before RESTCONF reads the body, so that the datastore
 * only ever holds them sealed ({@link SealedSecret}): a router's NETCONF {@code password} and {@code private-key},
 * and a BGP session's {@code tcp-md5-key}. Each secret is checked against its own limits first (the YANG type of the
 * stored, sealed value cannot say them); a refusal names the router and the field but never repeats the value.
 * JSON bodies (RFC 8040 section 4.4, RFC 8072 YANG Patch) and XML bodies are both sealed.
 */
final class SecretSealer {
    /** The namespace of {@code flowsteer-devices}. */
    static final String DEVICES_NAMESPACE = "urn:flowsteer:yang:devices";
    private static final String DEVICES_MODULE = "flowsteer-devices";
    private static final Logger LOG = LoggerFactory.getLogger(SecretSealer.class);

    /**
     * The limits of one secret leaf.
     *
     * @param parent the container the leaf is in, for messages
     * @param maxLength the most characters
     * @param printableAscii whether only printable ASCII is allowed
     */
    private record Limits(String parent, int maxLength, boolean printableAscii) {
        @Nullable String problem(final String value) {
            if (SealedSecret.MASK.equals(value)) {
                return "is the mask that reads show in place of a secret: write the secret itself";
            }
            final boolean ascii = value.chars().allMatch(c -> c >= ' ' && c <= '~');
            if (value.isEmpty() || value.length() > maxLength || printableAscii && !ascii) {
                return "must be 1 to " + maxLength + (printableAscii ? " printable ASCII" : "")
                    + " characters (the value is not repeated here)";
            }
            return null;
        }
    }

    private static final Map<String, Limits> SECRETS = Map.of(
        "password", new Limits("netconf", 256, false),
        "private-key", new Limits("netconf", 16_384, false),
        "tcp-md5-key", new Limits("bgp", 80, true));

    /**
     * A secret the sealer refuses.
     */
    static final class RefusedSecret extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedSecret(final String message) {
            super(message);
        }

        RefusedSecret(final String message, final Throwable cause) {
            super(message, cause);
        }

        Refusal refusal() {
            return Refusal.invalidValue(getMessage());
        }
    }

    private final SealedSecret.Cipher encrypt;
    private final SecureRandom random;

    SecretSealer(final SealedSecret.Cipher encrypt, final SecureRandom random) {
        this.encrypt = encrypt;
        this.random = random;
    }

    /**
     * Whether a request may carry secrets: a write to data in {@code flowsteer-devices}, or to the whole datastore.
     *
     * @param path the request's api-path
     * @return whether its body is to be sealed
     */
    static boolean applies(final ApiPath path) {
        return "data".equals(path.kind())
            && (path.steps().isEmpty() || DEVICES_MODULE.equals(path.steps().get(0).module()));
    }

    /**
     * Seals the secrets of a JSON body.
     *
     * @param path the request's api-path
     * @param body the body
     * @return the body with its secrets sealed; the same array when it has none, or is not JSON (which the checks
     *     that follow refuse)
     * @throws RefusedSecret when a secret is not acceptable
     */
    byte[] sealJson(final ApiPath path, final byte[] body) throws RefusedSecret {
        if (!mentionsSecret(body)) {
            return body;
        }
        final JsonElement json;
        try {
            json = RequestChecks.parse(body);
        } catch (JsonParseException | IOException e) {
            return body;
        }
        if (json == null) {
            return body;
        }
        final boolean inside = !path.steps().isEmpty();
        final String parent = path.steps().isEmpty() ? "" : path.steps().get(path.steps().size() - 1).name();
        return sealJson(json, inside, deviceIn(path), parent) ? json.toString().getBytes(StandardCharsets.UTF_8)
            : body;
    }

    private boolean sealJson(final JsonElement element, final boolean inside, final @Nullable String device,
            final String parent) throws RefusedSecret {
        boolean sealed = false;
        if (element instanceof JsonArray array) {
            for (JsonElement member : array) {
                sealed |= sealJson(member, inside, device, parent);
            }
        } else if (element instanceof JsonObject object) {
            final String named = "device".equals(parent) && object.get("name") instanceof JsonPrimitive name
                ? name.getAsString() : device;
            for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                final String key = member.getKey();
                final int colon = key.indexOf(':');
                final String local = key.substring(colon + 1);
                final boolean in = colon < 0 ? inside : DEVICES_MODULE.equals(key.substring(0, colon));
                final Limits limits = SECRETS.get(local);
                if (in && limits != null) {
                    if (!(member.getValue() instanceof JsonPrimitive value) || !value.isString()) {
                        throw refused(named, limits, local, "must be a string");
                    }
                    member.setValue(new JsonPrimitive(seal(named, limits, local, value.getAsString())));
                    sealed = true;
                } else {
                    sealed |= sealJson(member.getValue(), in, named, local);
                }
            }
        }
        return sealed;
    }

    /**
     * Seals the secrets of an XML body: elements in the {@code flowsteer-devices} namespace named as a secret.
     *
     * @param path the request's api-path
     * @param body the body
     * @return the body with its secrets sealed; the same array when it has none, or is not XML (which RESTCONF
     *     refuses)
     * @throws RefusedSecret when a secret is not acceptable
     */
    byte[] sealXml(final ApiPath path, final byte[] body) throws RefusedSecret {
        if (!mentionsSecret(body)) {
            return body;
        }
        final XMLInputFactory inputs = XMLInputFactory.newDefaultFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        final XMLEventFactory events = XMLEventFactory.newDefaultFactory();
        final ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        boolean sealed = false;
        try {
            final XMLEventReader reader = inputs.createXMLEventReader(new ByteArrayInputStream(body));
            final XMLEventWriter writer = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
            String device = deviceIn(path);
            final Deque<String> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                final XMLEvent event = reader.nextEvent();
                if (event.isStartElement()) {
                    final StartElement start = event.asStartElement();
                    final String local = start.getName().getLocalPart();
                    final Limits limits = SECRETS.get(local);
                    if (limits != null && DEVICES_NAMESPACE.equals(start.getName().getNamespaceURI())) {
                        final String value = text(reader, device, limits, local);
                        writer.add(start);
                        writer.add(events.createCharacters(seal(device, limits, local, value)));
                        writer.add(events.createEndElement(start.getName(), null));
                        sealed = true;
                        continue;
                    }
                    if ("name".equals(local) && "device".equals(open.peek()) && reader.peek() != null
                            && reader.peek().isCharacters()) {
                        device = reader.peek().asCharacters().getData().strip();
                    }
                    open.push(local);
                } else if (event.isEndElement()) {
                    open.poll();
                }
                writer.add(event);
            }
            writer.close();
        } catch (XMLStreamException e) {
            return body;
        }
        return sealed ? out.toByteArray() : body;
    }

    private static String text(final XMLEventReader reader, final @Nullable String device, final Limits limits,
            final String local) throws XMLStreamException, RefusedSecret {
        final StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            final XMLEvent event = reader.nextEvent();
            if (event.isEndElement()) {
                return text.toString();
            }
            if (!event.isCharacters()) {
                throw refused(device, limits, local, "must be text");
            }
            text.append(event.asCharacters().getData());
        }
        throw new XMLStreamException("the document ends inside " + local);
    }

    private String seal(final @Nullable String device, final Limits limits, final String local, final String value)
            throws RefusedSecret {
        final String problem = limits.problem(value);
        if (problem != null) {
            throw refused(device, limits, local, problem);
        }
        try {
            return SealedSecret.seal(value, encrypt, random);
        } catch (GeneralSecurityException e) {
            LOG.error("A secret cannot be sealed with the controller's key, so it is not stored: {}", e.getMessage());
            throw new RefusedSecret("the controller cannot seal secrets right now (its encryption failed), so "
                + limits.parent() + "/" + local + " was not stored; see the controller's log", e);
        }
    }

    private static RefusedSecret refused(final @Nullable String device, final Limits limits, final String local,
            final String problem) {
        return new RefusedSecret((device == null ? "" : "device '" + device + "', ") + "field " + limits.parent()
            + "/" + local + " " + problem);
    }

    private static @Nullable String deviceIn(final ApiPath path) {
        for (ApiPath.Step step : path.steps()) {
            if ("device".equals(step.name()) && step.keys().size() == 1) {
                return step.keys().get(0);
            }
        }
        return null;
    }

    private static boolean mentionsSecret(final byte[] body) {
        final String text = new String(body, StandardCharsets.ISO_8859_1);
        return SECRETS.keySet().stream().anyMatch(text::contains);
    }
}
