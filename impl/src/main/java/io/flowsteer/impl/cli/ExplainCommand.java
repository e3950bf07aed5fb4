/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.api.match.PacketHeader;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.impl.engine.EngineView;
import io.flowsteer.impl.rpc.PacketExplainer;
import java.net.Inet4Address;
import java.net.InetAddress;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code flowsteer:explain ROUTER SOURCE DESTINATION [options]}: which rule in effect on the router applies to the
 * packet, and what the router does with it (the console form of the {@code explain-packet} RPC).
 */
@Service
@Command(scope = "flowsteer", name = "explain", description = "Explain what a router does with a packet")
public final class ExplainCommand implements Action {
    @Reference
    EngineView engine;

    @Reference
    Session session;

    @Argument(index = 0, name = "router", required = true, description = "The router")
    @Completion(DeviceNameCompleter.class)
    String router;

    @Argument(index = 1, name = "source", required = true, description = "Source address")
    String source;

    @Argument(index = 2, name = "destination", required = true, description = "Destination address")
    String destination;

    @Option(name = "-p", aliases = "--protocol", description = "IP protocol number (6 TCP, 17 UDP, 1 ICMP)")
    int protocol;

    @Option(name = "--sport", description = "Source port")
    int sourcePort;

    @Option(name = "--dport", description = "Destination port")
    int destinationPort;

    @Option(name = "--length", description = "Packet length in octets")
    int length;

    @Option(name = "--dscp", description = "DSCP value")
    int dscp;

    @Override
    public Object execute() throws Exception {
        final InetAddress src = IpAddressText.parse(source);
        final InetAddress dst = IpAddressText.parse(destination);
        final Afi afi = src instanceof Inet4Address ? Afi.IPV4 : Afi.IPV6;
        final PacketHeader packet = PacketHeader.builder(afi).source(src.getAddress()).destination(dst.getAddress())
            .protocol(protocol).ports(sourcePort, destinationPort).packetLength(length).dscp(dscp).build();
        final PacketExplainer.Explanation explanation = engine.afterPendingWork(
            snapshot -> PacketExplainer.explain(snapshot, router, packet)).get();
        session.getConsole().println(explanation.verdict());
        return null;
    }
}
