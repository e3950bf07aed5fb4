/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.opendaylight.netconf.api.messages.NetconfMessage;
import org.opendaylight.netconf.client.NetconfClientFactory;
import org.opendaylight.netconf.client.NetconfClientFactoryImpl;
import org.opendaylight.netconf.client.NetconfClientSession;
import org.opendaylight.netconf.client.SimpleNetconfClientSessionListener;
import org.opendaylight.netconf.client.conf.NetconfClientConfiguration.NetconfClientProtocol;
import org.opendaylight.netconf.client.conf.NetconfClientConfigurationBuilder;
import org.opendaylight.netconf.common.impl.DefaultNetconfTimer;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.crypto.types.rev240208.password.grouping.password.type.CleartextPasswordBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.netconf.client.rev240208.netconf.client.initiate.stack.grouping.transport.ssh.ssh.SshClientParametersBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.netconf.client.rev240208.netconf.client.initiate.stack.grouping.transport.ssh.ssh.TcpClientParametersBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.ClientIdentityBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.ssh.client.rev240208.ssh.client.grouping.client.identity.PasswordBuilder;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.w3c.dom.Document;

/**
 * The independent check: a plain NETCONF client that sends a hand-written {@code <get-config>} of the running
 * datastore and returns the reply as text. It shares nothing with Flowsteer's push path (no driver, no codec, no
 * session manager), so a test that reads the router through it sees what the router really holds.
 */
final class RawNetconf {
    private static final String GET_RUNNING = "<rpc message-id=\"verify\" "
        + "xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get-config><source><running/></source></get-config>"
        + "</rpc>";

    private RawNetconf() {
        // utility
    }

    /**
     * The router's running table as {@code "id-type/id" -> "leaf=value ..."}, read with a raw get-config.
     */
    static java.util.SortedMap<String, String> table(final int port) throws Exception {
        final Document reply = UntrustedXML.newDocumentBuilder().parse(
            new org.xml.sax.InputSource(new java.io.StringReader(getRunning(port))));
        final java.util.SortedMap<String, String> table = new java.util.TreeMap<>();
        final org.w3c.dom.NodeList entries = reply.getElementsByTagNameNS("urn:flowsteer:yang:router", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            final java.util.List<String> leaves = new java.util.ArrayList<>();
            flatten((org.w3c.dom.Element) entries.item(i), "", leaves);
            final String type = leaves.stream().filter(leaf -> leaf.startsWith("id-type=")).findFirst().orElseThrow()
                .substring("id-type=".length());
            final String id = leaves.stream().filter(leaf -> leaf.startsWith("id=")).findFirst().orElseThrow()
                .substring("id=".length());
            leaves.removeIf(leaf -> leaf.startsWith("id-type=") || leaf.startsWith("id="));
            java.util.Collections.sort(leaves);
            table.put(type + "/" + id, String.join(" ", leaves));
        }
        return table;
    }

    /**
     * The router's running SR Policies as {@code "color/endpoint" -> "leaf=value ..."} with the leaves in document
     * order (segments first one first), read with a raw get-config.
     */
    static java.util.SortedMap<String, String> srPolicies(final int port) throws Exception {
        final Document reply = UntrustedXML.newDocumentBuilder().parse(
            new org.xml.sax.InputSource(new java.io.StringReader(getRunning(port))));
        final java.util.SortedMap<String, String> policies = new java.util.TreeMap<>();
        final org.w3c.dom.NodeList found = reply.getElementsByTagNameNS("urn:flowsteer:yang:router", "policy");
        for (int i = 0; i < found.getLength(); i++) {
            final java.util.List<String> leaves = new java.util.ArrayList<>();
            flatten((org.w3c.dom.Element) found.item(i), "", leaves);
            final String color = leaves.stream().filter(leaf -> leaf.startsWith("color=")).findFirst().orElseThrow()
                .substring("color=".length());
            final String endpoint = leaves.stream().filter(leaf -> leaf.startsWith("endpoint=")).findFirst()
                .orElseThrow().substring("endpoint=".length());
            leaves.removeIf(leaf -> leaf.startsWith("color=") || leaf.startsWith("endpoint="));
            policies.put(color + "/" + endpoint, String.join(" ", leaves));
        }
        return policies;
    }

    /**
     * The router's running SR Policies of the IETF model ({@code ietf-sr-policy}) as
     * {@code "headend/color/endpoint" -> "leaf=value ..."}, leaves in document order, read with a raw get-config.
     */
    static java.util.SortedMap<String, String> ietfSrPolicies(final int port) throws Exception {
        return ietfList(port, "policy", List.of("headend", "color", "endpoint"));
    }

    /**
     * The router's running segment lists of the IETF model ({@code attributes/segment-lists}, also used by name from
     * candidate paths) as {@code "name" -> "leaf=value ..."}, read with a raw get-config.
     */
    static java.util.SortedMap<String, String> ietfSegmentLists(final int port) throws Exception {
        final java.util.SortedMap<String, String> lists = new java.util.TreeMap<>();
        ietfList(port, "segment-list", List.of("name")).forEach((name, leaves) -> {
            if (!name.isEmpty()) {
                // the candidate paths' references (name-ref) are segment-list entries too, without a name
                lists.put(name, leaves);
            }
        });
        return lists;
    }

    private static java.util.SortedMap<String, String> ietfList(final int port, final String list,
            final List<String> keys) throws Exception {
        final Document reply = UntrustedXML.newDocumentBuilder().parse(
            new org.xml.sax.InputSource(new java.io.StringReader(getRunning(port))));
        final java.util.SortedMap<String, String> found = new java.util.TreeMap<>();
        final org.w3c.dom.NodeList elements =
            reply.getElementsByTagNameNS("urn:ietf:params:xml:ns:yang:ietf-sr-policy", list);
        for (int i = 0; i < elements.getLength(); i++) {
            final java.util.List<String> leaves = new java.util.ArrayList<>();
            flatten((org.w3c.dom.Element) elements.item(i), "", leaves);
            final java.util.List<String> key = new java.util.ArrayList<>();
            for (String name : keys) {
                leaves.stream().filter(leaf -> leaf.startsWith(name + "=")).findFirst()
                    .ifPresent(leaf -> key.add(leaf.substring(name.length() + 1)));
            }
            leaves.removeIf(leaf -> keys.stream().anyMatch(name -> leaf.startsWith(name + "=")));
            found.put(String.join("/", key), String.join(" ", leaves));
        }
        return found;
    }

    private static void flatten(final org.w3c.dom.Element parent, final String prefix,
            final java.util.List<String> leaves) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element element) {
                final String name = prefix + element.getLocalName();
                boolean nested = false;
                for (org.w3c.dom.Node inner = element.getFirstChild(); inner != null; inner = inner.getNextSibling()) {
                    nested |= inner instanceof org.w3c.dom.Element;
                }
                if (nested) {
                    flatten(element, name + "/", leaves);
                } else {
                    leaves.add(name + "=" + element.getTextContent().strip());
                }
            }
        }
    }

    /**
     * Reads the running datastore. A fresh client per read; a connect that stalls (seen now and then with
     * netconf-testtool under load, on the server side before authentication) is retried, at most three times.
     */
    static String getRunning(final int port) throws Exception {
        java.util.concurrent.TimeoutException stalled = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try (DefaultNetconfTimer timer = new DefaultNetconfTimer();
                 NetconfClientFactoryImpl factory = new NetconfClientFactoryImpl(timer)) {
                return getRunning(factory, port);
            } catch (java.util.concurrent.TimeoutException e) {
                stalled = e;
            }
        }
        throw stalled;
    }

    private static String getRunning(final NetconfClientFactory factory, final int port) throws Exception {
        final SimpleNetconfClientSessionListener listener = new SimpleNetconfClientSessionListener();
        final NetconfClientSession session = factory.createClient(NetconfClientConfigurationBuilder.create()
            .withProtocol(NetconfClientProtocol.SSH)
            .withConnectionTimeoutMillis(10_000)
            .withSessionListener(listener)
            .withTcpParameters(new TcpClientParametersBuilder()
                .setRemoteAddress(IetfInetUtil.hostFor("127.0.0.1"))
                .setRemotePort(new PortNumber(Uint16.valueOf(port)))
                .build())
            .withSshParameters(new SshClientParametersBuilder()
                .setClientIdentity(new ClientIdentityBuilder()
                    .setUsername(Testtool.USER)
                    .setPassword(new PasswordBuilder()
                        .setPasswordType(new CleartextPasswordBuilder().setCleartextPassword(Testtool.PASSWORD).build())
                        .build())
                    .build())
                .build())
            .build()).get(10, TimeUnit.SECONDS);
        try {
            final Document request = UntrustedXML.newDocumentBuilder().parse(
                new org.xml.sax.InputSource(new java.io.StringReader(GET_RUNNING)));
            final NetconfMessage reply = listener.sendRequest(new NetconfMessage(request)).get(15, TimeUnit.SECONDS);
            return text(reply.getDocument());
        } finally {
            session.close();
        }
    }

    static String text(final Document doc) throws TransformerException {
        final StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
