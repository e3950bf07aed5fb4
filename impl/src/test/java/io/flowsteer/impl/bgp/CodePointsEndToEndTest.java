/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.impl.compile.CurrentCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.engine.BgpConfigs;
import io.flowsteer.impl.engine.CodePointsFollower;
import io.flowsteer.impl.engine.EngineThread;
import io.flowsteer.impl.engine.FlowsteerEngine;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusWriter;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.testing.TestSecrets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeakerBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.CodePoints;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.CodePointsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroupBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * From the datastore to the wire: a code point written to {@code bgp-speaker/code-points} changes what a router
 * that is already sent a rule receives, with the session kept. The engine, the order keeper, the code point follower
 * and the Netty speaker wired as in Blueprint, on the in-memory broker, against a peer played by the test.
 */
class CodePointsEndToEndTest {
    private static final long AS = 65000;

    private ScriptedPeer peer;
    private InMemoryMdsal mdsal;
    private StatusWriter writer;
    private NettyBgpSouthbound speaker;
    private EngineThread thread;
    private FlowsteerEngine engine;
    private ConfigFeeds feeds;
    private RuleOrderKeeper keeper;
    private CodePointsFollower follower;

    @BeforeEach
    void start() throws Exception {
        peer = new ScriptedPeer();
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        speaker = new NettyBgpSouthbound(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofSeconds(2)), BgpConfigs.UNCONFIGURED);
        thread = new EngineThread();
        engine = new FlowsteerEngine(writer, new RuleResolver(), speaker, TestSecrets.opener(), event -> { },
            Clock.systemUTC(), thread.executor());
        engine.start();
        final CurrentCompiler compiler = new CurrentCompiler();
        keeper = new RuleOrderKeeper(mdsal.domDataBroker(), mdsal.serializer(), compiler, writer, engine);
        keeper.register();
        follower = new CodePointsFollower(compiler, keeper);
        feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(follower, engine));
        feeds.register();
    }

    @AfterEach
    void stop() throws Exception {
        keeper.close();
        feeds.close();
        engine.close();
        thread.close();
        speaker.close();
        writer.close();
        peer.close();
    }

    @Test
    void aNewRedirectGroupCommunityReachesTheRouterWithoutAReset() throws Exception {
        putSpeaker(new CodePointsBuilder().build());
        putRule(Rules.dns("group", "192.0.2.0/24").setActions(new ActionsBuilder()
            .setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(new IpAddressNoZone(new Ipv4AddressNoZone("10.0.0.1")))
                    .build())).build()).build()).build());
        putDevice();
        establish();
        // the router's unicast route towards the group's path: ORIGIN IGP, empty AS_PATH, NEXT_HOP 10.0.0.2,
        // LOCAL_PREF 100, NLRI 10.0.0.0/8
        peer.write(update("40010100" + "400200" + "4003040a000002" + "40050400000064", "080a"));
        final String before = readUpdateWith("80000001");

        putSpeaker(new CodePointsBuilder().setRedirectGroupCommunity(Uint32.valueOf(0x80000011L)).build());
        // the first container the router gets afterwards is already the new one: no re-send of the old bytes
        final String after = readUpdateWith("");
        assertTrue(after.contains("80000011"), after);
        assertEquals(before.replace("80000001", "80000011"), after, "only the community value changed");
        assertEquals(BgpSessionState.ESTABLISHED, speaker.status(InetAddress.getLoopbackAddress()).state());
        assertEquals(0, speaker.status(InetAddress.getLoopbackAddress()).counters().sessionResets());
    }

    private void establish() throws Exception {
        peer.accept();
        peer.readUntil(OpenMessage.class);
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) AS, 90, (Inet4Address) InetAddress.getByName("10.0.0.2"),
            List.of(new Capability.Multiprotocol(1, 1), new Capability.Multiprotocol(1, 133),
                new Capability.RouteRefresh(),
                new Capability.FourOctetAs(AS))), out);
        BgpMessageCodec.encodeKeepalive(out);
        peer.write(out);
        await(() -> speaker.status(InetAddress.getLoopbackAddress()) != null
            && speaker.status(InetAddress.getLoopbackAddress()).state() == BgpSessionState.ESTABLISHED);
    }

    /**
     * Reads UPDATEs until one carries a BGP Community Container attribute holding the community value; returns its
     * path attributes in hex.
     */
    private String readUpdateWith(final String communityValue) throws Exception {
        while (true) {
            final byte[] raw = peer.readRaw();
            if (raw[18] == 2) {
                final String hex = HexFormat.of().formatHex(raw);
                if (hex.contains("c081") && hex.contains(communityValue)) {
                    return hex;
                }
            }
        }
    }

    private void putSpeaker(final CodePoints codePoints) throws Exception {
        // listen on an ephemeral loopback port: the identity stays the unconfigured one, so no session reset
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(BgpSpeaker.class),
            new BgpSpeakerBuilder().setListenAddress(new IpAddressNoZone(new Ipv4AddressNoZone("127.0.0.1")))
                .setListenPort(new PortNumber(Uint16.ZERO)).setCodePoints(codePoints).build()));
    }

    private void putDevice() throws Exception {
        // situation B: the router uses the redirect group, so it is sent the group's wide community
        final Device device = new DeviceBuilder().setName(new DeviceRef("r1"))
            .setRedirectGroupPrecedence(Device.RedirectGroupPrecedence.SituationB)
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("127.0.0.1")))
                .setPeerPort(new PortNumber(Uint16.valueOf(peer.port()))).setPeerAs(Uint32.valueOf(AS))
                .setAddressFamily(Set.of(BgpFamily.Ipv4Flowspec, BgpFamily.Ipv4Unicast)).build())
            .build();
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef("r1"))).build(),
            device));
    }

    private void putRule(final Rule rule) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(rule.getName())).build(), rule));
    }

    private static byte[] update(final String attributesHex, final String nlriHex) {
        final byte[] attributes = HexFormat.of().parseHex(attributesHex);
        final byte[] nlri = HexFormat.of().parseHex(nlriHex);
        final ByteBuf out = Unpooled.buffer();
        for (int i = 0; i < 16; i++) {
            out.writeByte(0xff);
        }
        out.writeShort(19 + 4 + attributes.length + nlri.length).writeByte(2).writeShort(0)
            .writeShort(attributes.length).writeBytes(attributes).writeBytes(nlri);
        final byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
