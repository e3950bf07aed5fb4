/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Namespace-aware steps over {@code org.w3c.dom} elements, as NETCONF messages and hand-built configuration need them.
 */
final class DomElements {
    private DomElements() {
        // static helpers only
    }

    /**
     * The child elements of {@code parent} with the given namespace and local name, in document order.
     */
    static List<Element> children(final Element parent, final String namespace, final String localName) {
        final List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /**
     * Appends a new, empty element to {@code parent}.
     */
    static Element child(final Element parent, final String namespace, final String localName) {
        final Element element = parent.getOwnerDocument().createElementNS(namespace, localName);
        parent.appendChild(element);
        return element;
    }
}
