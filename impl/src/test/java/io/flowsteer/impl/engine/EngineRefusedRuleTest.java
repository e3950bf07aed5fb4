/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.cli.EngineViews;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.testing.EngineHarness;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RefusedByRouter;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The engine on the in-memory MD-SAL broker with the real speaker and a router played by the test that resets
 * the session with NOTIFICATION 3/9 whenever it is sent one rule's route: that rule becomes {@code rejected} on the
 * router with {@code refused-by-router} quoting the NOTIFICATION and no effective action, every other rule is
 * held by the router, and {@code resync-device} tries the rule again.
 */
class EngineRefusedRuleTest {
    private static final long ROUTER_AS = 65010;
    private static final NotificationMessage REFUSAL = new NotificationMessage(3, 9,
        Octets.fromHex("900e0005000185"));
    private static final List<String> GOOD = List.of("192.0.2.0/24", "203.0.113.0/24", "198.18.0.0/15",
        "100.64.0.0/10", "192.88.99.0/24");

    private final Set<Fsv1Nlri> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger resets = new AtomicInteger();
    private final BgpMessageCodec codec = new BgpMessageCodec(new UpdateMessageCodec(new ExtendedCommunityCodec()));
    private InMemoryMdsal mdsal;
    private EngineHarness harness;
    private BgpSouthbound bgp;
    private FlowsteerEngine engine;
    private ServerSocket server;
    private Thread router;
    private volatile Fsv1Nlri poison;

    @BeforeEach
    void start() throws Exception {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        router = new Thread(this::play, "refusing-router");
        router.setDaemon(true);
        router.start();
        harness = new EngineHarness(new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofMillis(500)), event -> { });
        mdsal = harness.mdsal();
        bgp = harness.bgp();
        engine = harness.engine();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
        server.close();
        router.join(5000);
    }

    @Test
    void theRefusedRuleIsRejectedQuotingTheNotificationAndTheOthersStayOnTheRouter() throws Exception {
        final Rule bad = Rules.dns("bad", "198.51.100.0/24").build();
        for (int i = 0; i < GOOD.size(); i++) {
            putRule(Rules.dns("good-" + i, GOOD.get(i)).build());
        }
        putRule(bad);
        poison = (Fsv1Nlri) ((Compilation.Compiled) new RuleCompiler().compile(bad)).rule().nlri();
        putDevice();

        final OnDevice line = await(() -> deviceLine("bad"),
            found -> found.isPresent() && found.orElseThrow().getState() == RuleState.Rejected,
            Duration.ofSeconds(30)).orElseThrow();
        assertEquals(RefusedByRouter.VALUE, line.getReasonCode(), line.getReason());
        assertTrue(line.getReason().contains("NOTIFICATION 3/9 (UPDATE Message Error, Optional Attribute Error),"
            + " data 900e0005000185: attribute MP_REACH_NLRI (14), 5 octets, AFI 1 SAFI 133"), line.getReason());
        assertEquals("900e0005000185",
            line.nonnullReasonArgument().get(new ReasonArgumentKey("notification-data")).getValue());
        assertNull(line.getEffectiveAction(), "the router does nothing with it");
        await(() -> held.size() == GOOD.size());
        for (int i = 0; i < GOOD.size(); i++) {
            final int index = i;
            final OnDevice good = await(() -> deviceLine("good-" + index),
                found -> found.isPresent() && found.orElseThrow().getState() == RuleState.Installed).orElseThrow();
            assertTrue(good.getEffectiveAction() != null, "good-" + i + " is in effect");
        }
        assertTrue(resets.get() <= Math.log(GOOD.size() + 1) / Math.log(2) + 2, resets + " resets");
        final var session = mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.devicePath("r1"))
            .orElseThrow().getBgp();
        assertEquals(1, session.getRoutesRefused().getValue().intValue());
        final String routers = EngineViews.routers(engine.afterPendingWork(state -> state).get(10,
            TimeUnit.SECONDS));
        assertTrue(routers.contains("established, 1 routes refused"), routers);

        // resync-device sends it again; the router refuses it again, and nothing else is lost
        final int before = resets.get();
        engine.resync("r1").get();
        await("the rule is tried again", Duration.ofSeconds(30), () -> resets.get() > before);
        await(() -> deviceLine("bad"), found -> found.isPresent()
            && found.orElseThrow().getState() == RuleState.Rejected, Duration.ofSeconds(30));
        await(() -> held.size() == GOOD.size());
    }

    /** The router: accepts sessions and holds what it is sent, resetting with 3/9 on the poison route. */
    private void play() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                held.clear();
                final DataInputStream in = new DataInputStream(socket.getInputStream());
                final OutputStream out = socket.getOutputStream();
                read(in);
                final ByteBuf open = Unpooled.buffer();
                BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) ROUTER_AS, 90,
                    (Inet4Address) InetAddress.getByName("10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133),
                        new Capability.RouteRefresh(), new Capability.FourOctetAs(ROUTER_AS))), open);
                BgpMessageCodec.encodeKeepalive(open);
                write(out, open);
                while (true) {
                    final BgpMessage message = read(in);
                    if (message instanceof UpdateMessage update && update.mpReach() != null) {
                        if (update.mpReach().flowspec().contains(poison)) {
                            held.clear();
                            resets.incrementAndGet();
                            final ByteBuf notification = Unpooled.buffer();
                            BgpMessageCodec.encodeNotification(REFUSAL, notification);
                            write(out, notification);
                            break;
                        }
                        held.addAll(update.mpReach().flowspec());
                    }
                }
            } catch (IOException | BgpProtocolException e) {
                // the session or the test is over
            }
        }
    }

    private BgpMessage read(final DataInputStream in) throws IOException, BgpProtocolException {
        final byte[] header = new byte[BgpMessageCodec.HEADER_LENGTH];
        in.readFully(header);
        final int length = (header[16] & 0xff) << 8 | header[17] & 0xff;
        final byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, header.length);
        in.readFully(message, header.length, length - header.length);
        return codec.decode(Unpooled.wrappedBuffer(message), true);
    }

    private static void write(final OutputStream out, final ByteBuf message) throws IOException {
        final byte[] bytes = new byte[message.readableBytes()];
        message.readBytes(bytes);
        out.write(bytes);
        out.flush();
    }

    private Optional<OnDevice> deviceLine(final String rule) throws Exception {
        return mdsal.read(LogicalDatastoreType.OPERATIONAL, StatusPaths.ruleDevicePath(rule, "r1"));
    }

    private void putDevice() throws Exception {
        final var device = new DeviceBuilder().setName(new DeviceRef("r1"))
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("127.0.0.1")))
                .setPeerPort(new PortNumber(Uint16.valueOf(server.getLocalPort())))
                .setPeerAs(Uint32.valueOf(ROUTER_AS)).build())
            .build();
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Devices.class).child(
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.class,
                new DeviceKey(new DeviceRef("r1"))).build(), device));
    }

    private void putRule(final Rule rule) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(rule.getName())).build(), rule));
    }
}
