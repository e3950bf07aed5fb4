/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static io.flowsteer.impl.netconf.FlowsteerRouterDriver.NETCONF_BASE;

import io.flowsteer.api.spi.netconf.RpcError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The NETCONF base operations Flowsteer sends (RFC 6241 section 7: get-config, edit-config, lock, unlock; section 8:
 * validate, commit, confirmed commit, cancel-commit, discard-changes) as DOM documents, and the parts of their
 * replies it reads ({@code <data>}, {@code <rpc-error>}, section 4.3). Router data inside them comes from a
 * {@link io.flowsteer.api.spi.netconf.DeviceDriver}.
 */
final class NetconfRpcs {
    /** Capability of the candidate datastore (RFC 6241 section 8.3). */
    static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    /** Capability of the validate operation (RFC 6241 section 8.6). */
    static final String VALIDATE = "urn:ietf:params:netconf:capability:validate:1.1";
    /** Capability of the validate operation, version 1.0. */
    static final String VALIDATE_10 = "urn:ietf:params:netconf:capability:validate:1.0";
    /** Capability of rollback-on-error (RFC 6241 section 8.5). */
    static final String ROLLBACK_ON_ERROR = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";

    /** Capability of confirmed commit with cancel-commit (RFC 6241 section 8.4). */
    static final String CONFIRMED_COMMIT = "urn:ietf:params:netconf:capability:confirmed-commit:1.1";

    private final AtomicLong messageId = new AtomicLong();

    /**
     * A get-config request (RFC 6241 section 7.1) with the driver's filter, which moves into the request.
     */
    Document getConfig(final String source, final Element filterFromDriver) {
        final Element operation = onDatastore("get-config", "source", source);
        operation.appendChild(operation.getOwnerDocument().adoptNode(filterFromDriver));
        return operation.getOwnerDocument();
    }

    /**
     * An edit-config request (RFC 6241 section 7.2) with the driver's config, which moves into the request rather than
     * being copied: a 10,000-entry table is one tree, not two.
     */
    Document editConfig(final String target, final Element config, final boolean rollbackOnError) {
        final Element operation = onDatastore("edit-config", "target", target);
        if (rollbackOnError) {
            child(operation, "error-option").setTextContent("rollback-on-error");
        }
        operation.appendChild(operation.getOwnerDocument().adoptNode(config));
        return operation.getOwnerDocument();
    }

    Document validate(final String source) {
        return onDatastore("validate", "source", source).getOwnerDocument();
    }

    Document lock(final String target) {
        return onDatastore("lock", "target", target).getOwnerDocument();
    }

    Document unlock(final String target) {
        return onDatastore("unlock", "target", target).getOwnerDocument();
    }

    /**
     * A confirmed commit (RFC 6241 section 8.4.5.1): the router rolls it back unless a confirming commit follows
     * within {@code timeoutSeconds} or when the session closes first.
     */
    Document confirmedCommit(final long timeoutSeconds) {
        final Element commit = operation("commit");
        child(commit, "confirmed");
        child(commit, "confirm-timeout").setTextContent(Long.toString(timeoutSeconds));
        return commit.getOwnerDocument();
    }

    Document simple(final String name) {
        return operation(name).getOwnerDocument();
    }

    /**
     * The {@code <rpc-error>}s of a reply (RFC 6241 section 4.3), empty when it has none.
     */
    static List<RpcError> errors(final Document reply) {
        final List<RpcError> errors = new ArrayList<>();
        for (Element error : children(reply.getDocumentElement(), "rpc-error")) {
            errors.add(new RpcError(childText(error, "error-type", "rpc"), childText(error, "error-tag", "unknown"),
                childText(error, "error-severity", "error"), childText(error, "error-message", null),
                childText(error, "error-path", null)));
        }
        return errors;
    }

    /**
     * The {@code <data>} element of a get-config reply, or null.
     */
    static @Nullable Element data(final Document reply) {
        final List<Element> data = children(reply.getDocumentElement(), "data");
        return data.isEmpty() ? null : data.get(0);
    }

    /**
     * A new request (RFC 6241 section 4.1) holding one operation.
     *
     * @return the operation's element, in its own document
     */
    private Element operation(final String name) {
        final Document doc = UntrustedXML.newDocumentBuilder().newDocument();
        final Element rpc = doc.createElementNS(NETCONF_BASE, "rpc");
        rpc.setAttribute("message-id", Long.toString(messageId.incrementAndGet()));
        doc.appendChild(rpc);
        return child(rpc, name);
    }

    /**
     * A new request whose operation names a datastore in a {@code source} or {@code target} element, as lock,
     * unlock, validate, get-config and edit-config do (RFC 6241 section 7).
     */
    private Element onDatastore(final String name, final String role, final String datastore) {
        final Element operation = operation(name);
        child(child(operation, role), datastore);
        return operation;
    }

    private static Element child(final Element parent, final String name) {
        return DomElements.child(parent, NETCONF_BASE, name);
    }

    private static List<Element> children(final Element parent, final String localName) {
        return DomElements.children(parent, NETCONF_BASE, localName);
    }

    private static @Nullable String childText(final Element parent, final String localName,
            final @Nullable String fallback) {
        final List<Element> found = children(parent, localName);
        return found.isEmpty() ? fallback : found.get(0).getTextContent().strip();
    }
}
