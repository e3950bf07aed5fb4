/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import io.flowsteer.api.spi.netconf.CandidatePath;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.Segment;
import io.flowsteer.api.spi.netconf.SegmentList;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.impl.config.SecretOpener;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.SrPolicies;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.Entry;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.Target;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.MplsBindingSid;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.NextHops;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.SrPolicy;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Srv6BindingSid;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Tunnel;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Flowsteer's configuration of one router into the NETCONF southbound's wanted state: the {@code netconf}
 * container of {@code flowsteer-devices} into a {@link RouterEndpoint}, its {@code sr-policies} into
 * {@link RouterSrPolicy}s (RFC 9256 section 2) and its {@code flowsteer-indirection} table into an
 * {@link IndirectionTable} (draft-ietf-idr-flowspec-path-redirect section 2). An entry or policy that cannot be
 * expressed (no target, a Protocol-Origin above 255, a segment that is neither a label nor an IPv6 SID) is left out
 * and logged; the rest is kept.
 */
final class WantedStateTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(WantedStateTranslator.class);
    private static final String DEFAULT_DRIVER = FlowsteerRouterDriver.NAME;
    private static final int DEFAULT_PORT = 830;
    private static final long DEFAULT_PREFERENCE = 100;

    private WantedStateTranslator() {
        // static conversions only
    }

    /**
     * The endpoint of a router's {@code netconf} container.
     *
     * @param device router name
     * @param netconf the container
     * @param secrets opens the password and the private key
     * @return the endpoint
     * @throws IllegalArgumentException when host or username are missing, or a secret cannot be opened
     */
    static @NonNull RouterEndpoint endpoint(final @NonNull String device, final @NonNull Netconf netconf,
            final @NonNull SecretOpener secrets) {
        final var host = netconf.getHost();
        final String username = netconf.getUsername();
        if (host == null || username == null) {
            throw new IllegalArgumentException("device " + device + ": netconf host and username are mandatory");
        }
        final String password = netconf.getPassword() == null ? null
            : secrets.open(device, "netconf/password", netconf.getPassword());
        final String privateKey = netconf.getPrivateKey() == null ? null
            : secrets.open(device, "netconf/private-key", netconf.getPrivateKey());
        final String driver = netconf.getDriver();
        final var port = netconf.getPort();
        return new RouterEndpoint(device, host.stringValue(), port == null ? DEFAULT_PORT : port.getValue().toJava(),
            username, password == null ? "" : password, driver == null ? DEFAULT_DRIVER : driver,
            netconf.getHostKeySha256(), privateKey);
    }

    /**
     * The indirection-id table of a router, or the empty table.
     *
     * @param table the router's {@code indirection-tables/router-table}, or null
     * @return the table; entries that cannot be expressed are left out
     */
    static @NonNull IndirectionTable table(final @Nullable RouterTable table) {
        if (table == null) {
            return IndirectionTable.EMPTY;
        }
        final List<IndirectionEntry> entries = new ArrayList<>();
        for (Entry entry : table.nonnullEntry().values()) {
            try {
                entries.add(new IndirectionEntry(new IndirectionKey(idType(entry.getIdType()),
                    entry.requireId().toJava()), entry.getDescription(), target(entry.getTarget())));
            } catch (IllegalArgumentException | NoSuchElementException e) {
                LOG.warn("Indirection-id entry {} of {} is not pushed: {}", entry.key(), table.getName(),
                    e.getMessage());
            }
        }
        return IndirectionTable.of(entries);
    }

    /**
     * The SR Policies of a router's {@code sr-policies} container, or none.
     *
     * @param device router name, for log messages
     * @param policies the container, or null
     * @return the policies; those that cannot be expressed are left out
     */
    static @NonNull List<RouterSrPolicy> srPolicies(final @NonNull String device,
            final @Nullable SrPolicies policies) {
        if (policies == null) {
            return List.of();
        }
        final List<RouterSrPolicy> result = new ArrayList<>();
        for (var policy : policies.nonnullSrPolicy().values()) {
            try {
                result.add(srPolicy(policy));
            } catch (IllegalArgumentException | NoSuchElementException e) {
                LOG.warn("SR Policy {} of {} is not pushed: {}", policy.key(), device, e.getMessage());
            }
        }
        return result;
    }

    private static RouterSrPolicy srPolicy(final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125
            .devices.device.sr.policies.SrPolicy policy) {
        final List<CandidatePath> paths = new ArrayList<>();
        for (var path : policy.nonnullCandidatePath().values()) {
            final List<SegmentList> lists = new ArrayList<>();
            for (var list : path.nonnullSegmentList().values()) {
                final List<Segment> segments = new ArrayList<>();
                for (String segment : Objects.requireNonNullElse(list.getSegment(), List.<String>of())) {
                    segments.add(segment(segment.strip()));
                }
                lists.add(new SegmentList(list.requireId().toJava(), orDefault(list.getWeight(), 1), segments));
            }
            paths.add(new CandidatePath(protocolOrigin(path.requireProtocolOrigin()),
                path.requireOriginatorAsn().toJava() + "," + address(path.requireOriginatorAddress()).getHostAddress(),
                path.requireDiscriminator().toJava(), orDefault(path.getPreference(), DEFAULT_PREFERENCE), lists));
        }
        final Uint32 bindingSid = policy.getBindingSid();
        return new RouterSrPolicy(new SrPolicyKey(policy.requireColor().toJava(), address(policy.requireEndpoint())),
            null, bindingSid == null ? null : bindingSid.toJava(), paths);
    }

    private static Segment segment(final String text) {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return new Segment.Mpls(Long.parseLong(text));
        }
        if (IpAddressText.tryParse(text) instanceof Inet6Address sid) {
            return new Segment.Srv6(sid);
        }
        throw new IllegalArgumentException("segment '" + text + "' is neither an MPLS label nor an SRv6 SID");
    }

    private static int protocolOrigin(final SrProtocolOrigin origin) {
        final var known = origin.getEnumeration();
        if (known != null) {
            return known.getIntValue();
        }
        final long value = origin.getUint32().toJava();
        if (value > 0xFF) {
            throw new IllegalArgumentException("Protocol-Origin " + value + " does not fit the router model's uint8");
        }
        return (int) value;
    }

    private static int idType(final IndirectionIdType type) {
        final var known = type.getEnumeration();
        return known != null ? known.getIntValue() : type.getUint8().toJava();
    }

    private static IndirectionTarget target(final @Nullable Target target) {
        if (target instanceof NextHops hops) {
            return new IndirectionTarget.NextHops(hops.requireNextHop().stream()
                .map(WantedStateTranslator::address).toList());
        } else if (target instanceof MplsBindingSid sid) {
            return new IndirectionTarget.MplsBindingSid(sid.requireMplsLabel().toJava());
        } else if (target instanceof Srv6BindingSid sid
                && IpAddressText.parse(sid.requireSrv6Sid().getValue()) instanceof Inet6Address v6) {
            return new IndirectionTarget.Srv6BindingSid(v6);
        } else if (target instanceof SrPolicy policy) {
            final var container = policy.getSrPolicy();
            if (container == null) {
                throw new IllegalArgumentException("sr-policy target without color and endpoint");
            }
            return new IndirectionTarget.SrPolicy(container.requireColor().toJava(),
                address(container.requireEndpoint()));
        } else if (target instanceof Tunnel tunnel) {
            return new IndirectionTarget.Tunnel(tunnel.requireTunnelName());
        }
        throw new IllegalArgumentException("no target");
    }

    private static InetAddress address(final IpAddressNoZone address) {
        return IpAddressText.parse(address.stringValue());
    }

    private static long orDefault(final @Nullable Uint32 value, final long fallback) {
        return value == null ? fallback : value.toJava();
    }
}
