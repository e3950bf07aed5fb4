/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.community.ExtendedCommunityCodePoints;
import io.flowsteer.api.spi.GracefulRestartConfig;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PrefixLimits;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.spi.TcpMd5Key;
import io.flowsteer.api.spi.TtlSecurity;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.impl.config.SecretOpener;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.CodePoints;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.GracefulRestart;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.Bgp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.bgp.MaxPrefixes;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.bgp.MaxPrefixes.OnExceed;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code flowsteer-devices} BGP configuration into the speaker SPI's values, applying the YANG defaults
 * (bindings leave absent leaves null).
 */
public final class BgpConfigs {
    /**
     * The speaker before any {@code bgp-speaker} configuration exists: the YANG defaults for identity, and no
     * listener, so that Flowsteer never opens port 179 on every address of a host nobody configured it for.
     */
    public static final @NonNull SpeakerConfig UNCONFIGURED = new SpeakerConfig(
        (Inet4Address) IpAddressText.parse("127.0.0.1"), 65000, null);

    private static final Logger LOG = LoggerFactory.getLogger(BgpConfigs.class);
    private static final int DEFAULT_PORT = 179;
    /**
     * The YANG default of {@code bgp-speaker/listen-address}: passive sessions are accepted on loopback only until
     * the operator names the interface routers connect to.
     */
    private static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";
    private static final int DEFAULT_HOLD_TIME = 90;

    private BgpConfigs() {
        // Utility class
    }

    /**
     * The speaker configuration, with the default code points if the configured ones are refused.
     *
     * @param speaker the {@code bgp-speaker} container, or null when it is not configured
     * @return the speaker configuration; it listens only when the container is configured
     */
    public static @NonNull SpeakerConfig speaker(final @Nullable BgpSpeaker speaker) {
        return speaker(speaker, TbdCodePoints.DEFAULT);
    }

    /**
     * The speaker configuration. Code points that {@link #codePoints(CodePoints)} refuses (the commit cohort
     * {@code CodePointsCommitCohort} keeps them out of the datastore, so only a datastore written without it holds
     * them) are logged and the previous ones kept.
     *
     * @param speaker the {@code bgp-speaker} container, or null when it is not configured
     * @param previous the code points in use, kept if the configured ones are refused
     * @return the speaker configuration; it listens only when the container is configured
     */
    public static @NonNull SpeakerConfig speaker(final @Nullable BgpSpeaker speaker,
            final @NonNull TbdCodePoints previous) {
        if (speaker == null) {
            return UNCONFIGURED;
        }
        final TbdCodePoints codePoints = codePointsOr(speaker.getCodePoints(), previous);
        final Inet4Address routerId = speaker.getRouterId() == null ? UNCONFIGURED.routerId()
            : (Inet4Address) IpAddressText.parse(speaker.getRouterId().getValue());
        final long localAs = speaker.getLocalAs() == null ? UNCONFIGURED.localAs() : speaker.getLocalAs().toJava();
        final InetAddress listen = speaker.getListenAddress() == null ? IpAddressText.parse(DEFAULT_LISTEN_ADDRESS)
            : address(speaker.getListenAddress());
        final int port = speaker.getListenPort() == null ? DEFAULT_PORT
            : speaker.getListenPort().getValue().toJava();
        return new SpeakerConfig(routerId, localAs, new InetSocketAddress(listen, port), codePoints,
            gracefulRestart(speaker.getGracefulRestart()));
    }

    /**
     * The graceful restart the speaker asks of routers (RFC 4724 section 4.1, RFC 9494), the YANG defaults for what
     * is not set.
     *
     * @param configured the {@code bgp-speaker/graceful-restart} container, or null
     * @return the setting
     */
    static @NonNull GracefulRestartConfig gracefulRestart(final @Nullable GracefulRestart configured) {
        final GracefulRestartConfig defaults = GracefulRestartConfig.DEFAULT;
        if (configured == null) {
            return defaults;
        }
        return new GracefulRestartConfig(configured.getEnabled() == null ? defaults.enabled() : configured.getEnabled(),
            configured.getRestartTime() == null ? defaults.restartTime() : configured.getRestartTime().toJava(),
            configured.getLongLivedStaleTime() == null ? defaults.longLivedStaleTime()
                : configured.getLongLivedStaleTime().intValue());
    }

    /**
     * Every code point the drafts leave TBD, as configured, with the documented defaults for the ones that are not
     * (the YANG defaults, which are the api defaults: {@link TbdCodePoints#DEFAULT}).
     *
     * @param codePoints the {@code code-points} container, or null
     * @return the code points
     * @throws IllegalArgumentException naming the leaf, if a value does not fit or collides with another code point
     *     (see {@link TbdCodePoints})
     */
    public static @NonNull TbdCodePoints codePoints(final @Nullable CodePoints codePoints) {
        if (codePoints == null) {
            return TbdCodePoints.DEFAULT;
        }
        final TbdCodePoints defaults = TbdCodePoints.DEFAULT;
        final ExtendedCommunityCodePoints extended = defaults.extendedCommunities();
        return new TbdCodePoints(fsv2(codePoints),
            new ExtendedCommunityCodePoints(
                codePoints.getIndirectionIdType() == null ? extended.indirectionIdType()
                    : codePoints.getIndirectionIdType().toJava(),
                codePoints.getIndirectionIdSubType() == null ? extended.indirectionIdSubType()
                    : codePoints.getIndirectionIdSubType().toJava(),
                codePoints.getActionChainOrderingSubType() == null ? extended.acoSubType()
                    : codePoints.getActionChainOrderingSubType().toJava()),
            codePoints.getRedirectGroupCommunity() == null ? defaults.redirectGroupCommunity()
                : codePoints.getRedirectGroupCommunity().toJava(),
            codePoints.getFsv2ActionCommunity() == null ? defaults.fsv2ActionCommunity()
                : codePoints.getFsv2ActionCommunity().toJava(),
            codePoints.getSrSegmentListActionSubType() == null ? defaults.srSegmentListActionSubType()
                : codePoints.getSrSegmentListActionSubType().toJava());
    }

    /**
     * The configured code points, or the given ones if the configured ones are refused (logged as an error).
     *
     * @param codePoints the {@code code-points} container, or null
     * @param previous the code points to keep on refusal
     * @return the code points to use
     */
    public static @NonNull TbdCodePoints codePointsOr(final @Nullable CodePoints codePoints,
            final @NonNull TbdCodePoints previous) {
        try {
            return codePoints(codePoints);
        } catch (IllegalArgumentException e) {
            LOG.error("bgp-speaker/code-points refused, keeping the code points in use {}", previous, e);
            return previous;
        }
    }

    /**
     * The FSv2 code points the drafts leave TBD, as configured, with the api defaults for the ones that are not.
     *
     * @param codePoints the {@code code-points} container, or null
     * @return the FSv2 configuration
     */
    static @NonNull Fsv2Config fsv2(final @Nullable CodePoints codePoints) {
        if (codePoints == null) {
            return Fsv2Config.DEFAULT;
        }
        return new Fsv2Config(
            codePoints.getFsv2IpBasicFamilyType() == null ? Fsv2Config.DEFAULT.ipBasicFamilyType()
                : codePoints.getFsv2IpBasicFamilyType().toJava(),
            codePoints.getFsv2Safi() == null ? Fsv2Config.DEFAULT.safi() : codePoints.getFsv2Safi().toJava(),
            codePoints.getFsv2VpnSafi() == null ? Fsv2Config.DEFAULT.vpnSafi() : codePoints.getFsv2VpnSafi().toJava());
    }

    /**
     * A router's BGP peer.
     *
     * @param device the router's name, for logs
     * @param bgp its {@code bgp} container
     * @param secrets opens the TCP-MD5 key
     * @return the peer configuration, with GTSM (RFC 5082) when {@code ttl-security-hops} is set
     * @throws IllegalArgumentException when the key cannot be opened
     */
    public static @NonNull PeerConfig peer(final @NonNull String device, final @NonNull Bgp bgp,
            final @NonNull SecretOpener secrets) {
        final int port = bgp.getPeerPort() == null ? DEFAULT_PORT : bgp.getPeerPort().getValue().toJava();
        final int holdTime = bgp.getHoldTime() == null ? DEFAULT_HOLD_TIME : bgp.getHoldTime().toJava();
        return new PeerConfig(address(bgp.requirePeerAddress()), port, bgp.requirePeerAs().toJava(), holdTime,
            families(device, bgp.getAddressFamily()), Boolean.TRUE.equals(bgp.getPassive()),
            maxPrefixes(bgp.getMaxPrefixes()), bgp.getLocalAddress() == null ? null : address(bgp.getLocalAddress()),
            bgp.getTcpMd5Key() == null ? null
                : new TcpMd5Key(secrets.open(device, "bgp/tcp-md5-key", bgp.getTcpMd5Key())),
            bgp.getTtlSecurityHops() == null ? null : new TtlSecurity(bgp.getTtlSecurityHops().toJava()));
    }

    /**
     * A router's prefix limits, the YANG defaults for what is not set.
     *
     * @param configured its {@code bgp/max-prefixes} container, or null
     * @return the limits
     */
    static @NonNull PrefixLimits maxPrefixes(final @Nullable MaxPrefixes configured) {
        final PrefixLimits defaults = PrefixLimits.DEFAULT;
        if (configured == null) {
            return defaults;
        }
        return new PrefixLimits(
            configured.getFlowspec() == null ? defaults.flowspec() : configured.getFlowspec().toJava(),
            configured.getUnicast() == null ? defaults.unicast() : configured.getUnicast().toJava(),
            configured.getOnExceed() == null ? defaults.close() : configured.getOnExceed() == OnExceed.CloseAndRestart,
            configured.getRestartAfter() == null ? defaults.restartAfterSeconds()
                : configured.getRestartAfter().intValue());
    }

    /**
     * The families offered to a peer.
     *
     * @param device the router's name, for logs
     * @param configured the configured families; none means IPv4 and IPv6 flowspec (the YANG says so)
     * @return the families the speaker supports among them
     */
    static @NonNull Set<BgpFamily> families(final @NonNull String device,
            final @Nullable Set<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpFamily>
                configured) {
        if (configured == null || configured.isEmpty()) {
            return EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC);
        }
        final Set<BgpFamily> families = EnumSet.noneOf(BgpFamily.class);
        for (var family : configured) {
            final BgpFamily spi = switch (family) {
                case Ipv4Flowspec -> BgpFamily.IPV4_FLOWSPEC;
                case Ipv6Flowspec -> BgpFamily.IPV6_FLOWSPEC;
                case Ipv4VpnFlowspec -> BgpFamily.IPV4_FLOWSPEC_VPN;
                case Ipv6VpnFlowspec -> BgpFamily.IPV6_FLOWSPEC_VPN;
                case Ipv4Unicast -> BgpFamily.IPV4_UNICAST;
                case Ipv6Unicast -> BgpFamily.IPV6_UNICAST;
                case Ipv4Fsv2 -> BgpFamily.IPV4_FSV2;
                case Ipv6Fsv2 -> BgpFamily.IPV6_FSV2;
                default -> null;
            };
            if (spi != null) {
                families.add(spi);
            } else {
                LOG.warn("Device {}: family {} is not offered by this speaker", device, family.getName());
            }
        }
        return families;
    }

    /**
     * The YANG name of a speaker family.
     *
     * @param family the family
     * @return its {@code bgp-family} enum name
     */
    public static @NonNull String yangName(final @NonNull BgpFamily family) {
        return switch (family) {
            case IPV4_FLOWSPEC -> "ipv4-flowspec";
            case IPV6_FLOWSPEC -> "ipv6-flowspec";
            case IPV4_FLOWSPEC_VPN -> "ipv4-vpn-flowspec";
            case IPV6_FLOWSPEC_VPN -> "ipv6-vpn-flowspec";
            case IPV4_UNICAST -> "ipv4-unicast";
            case IPV6_UNICAST -> "ipv6-unicast";
            default -> family.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /**
     * An address leaf as an address.
     *
     * @param address the leaf's value
     * @return the address
     */
    public static @NonNull InetAddress address(final @NonNull IpAddressNoZone address) {
        return IpAddressText.parse(address.stringValue());
    }
}
