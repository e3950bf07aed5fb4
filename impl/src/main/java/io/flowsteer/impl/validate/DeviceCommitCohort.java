/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import io.flowsteer.api.secret.SealedSecret;
import io.flowsteer.impl.guard.GuardRecheck;
import io.flowsteer.impl.netconf.FlowsteerRouterDriver;
import io.flowsteer.impl.netconf.IetfSrPolicyDriver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Secret;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.Bgp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.Vrf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.vrf.Route;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.SrPolicy;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePath;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.candidate.path.SegmentList;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;

/**
 * Checks each router written to {@code flowsteer-devices:devices} at commit: the BGP peer and local addresses are
 * unicast, ports are not 0, the NETCONF driver exists, SR Policy endpoints are unicast and each segment list holds
 * only MPLS labels (RFC 3032: 0-1048575) or only SRv6 SIDs (IPv6 addresses, RFC 8986), static routes have unicast
 * next hops and prefixes without host bits, and secrets are sealed ({@link SealedSecret}: only RESTCONF's front door
 * writes them, sealed).
 */
public final class DeviceCommitCohort extends EntryCommitCohort<Device> {
    private static final List<String> DRIVERS = List.of(FlowsteerRouterDriver.NAME, IetfSrPolicyDriver.NAME_OF_DRIVER);
    private static final Pattern LABEL = Pattern.compile("0|[1-9][0-9]{0,6}");
    private static final long MAX_LABEL = 1_048_575;
    /** A "host name" of digits and dots only is a mistyped IPv4 address (RFC 1123 section 2.1). */
    private static final Pattern NUMERIC_NAME = Pattern.compile("[0-9.]+");

    private final @Nullable GuardRecheck recheck;

    /**
     * The cohort.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     */
    public DeviceCommitCohort(final DOMDataBroker domDataBroker, final BindingNormalizedNodeSerializer serializer) {
        this(domDataBroker, serializer, null);
    }

    /**
     * The cohort, holding the stored rules against the router addresses a change would protect.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     * @param recheck holds stored rules against the guards as they would be, or null to check the values only
     */
    public DeviceCommitCohort(final DOMDataBroker domDataBroker, final BindingNormalizedNodeSerializer serializer,
            final @Nullable GuardRecheck recheck) {
        super(domDataBroker, serializer, InstanceIdentifier.create(Devices.class), Device.class);
        this.recheck = recheck;
    }

    @Override
    protected String subject(final MapEntryNode entry) {
        return "device '" + entry.name().values().iterator().next() + "'";
    }

    @Override
    protected List<String> check(final Device device) {
        final EntryProblems problems = new EntryProblems("device '" + device.getName().getValue() + "'");
        final Bgp bgp = device.getBgp();
        if (bgp != null) {
            problems.unicast("bgp/peer-address", bgp.getPeerAddress());
            problems.unicast("bgp/local-address", bgp.getLocalAddress());
            problems.port("bgp/peer-port", bgp.getPeerPort());
            sealed(problems, "bgp/tcp-md5-key", bgp.getTcpMd5Key());
        }
        final Netconf netconf = device.getNetconf();
        if (netconf != null) {
            problems.port("netconf/port", netconf.getPort());
            sealed(problems, "netconf/password", netconf.getPassword());
            sealed(problems, "netconf/private-key", netconf.getPrivateKey());
            final var host = netconf.getHost();
            if (host != null && host.getDomainName() != null
                    && NUMERIC_NAME.matcher(host.getDomainName().getValue()).matches()) {
                problems.add("netconf/host", host.getDomainName().getValue() + " is neither an IP address nor a host"
                    + " name");
            }
            final String driver = netconf.getDriver();
            if (driver != null && !DRIVERS.contains(driver)) {
                problems.add("netconf/driver", "there is no driver called '" + driver + "'; known drivers: "
                    + String.join(", ", DRIVERS));
            }
            if (IetfSrPolicyDriver.NAME_OF_DRIVER.equals(driver) && host != null && host.getIpAddress() == null) {
                problems.add("netconf/host", "driver " + driver + " needs the router's IP address here: it is the"
                    + " headend of the router's SR Policies");
            }
        }
        if (device.getSrPolicies() != null) {
            for (SrPolicy policy : device.getSrPolicies().nonnullSrPolicy().values()) {
                final String where = "sr-policies/sr-policy[" + policy.getColor() + "," + text(policy.getEndpoint())
                    + "]";
                problems.unicast(where + "/endpoint", policy.getEndpoint());
                for (CandidatePath path : policy.nonnullCandidatePath().values()) {
                    for (SegmentList list : path.nonnullSegmentList().values()) {
                        segments(problems, where + "/candidate-path/segment-list[" + list.getId() + "]/segment",
                            list.getSegment());
                    }
                }
            }
        }
        if (device.getStaticRoutes() != null) {
            for (Vrf vrf : device.getStaticRoutes().nonnullVrf().values()) {
                for (Route route : vrf.nonnullRoute().values()) {
                    final String where = "static-routes/vrf[" + vrf.getName() + "]/route["
                        + route.getPrefix().stringValue() + "]";
                    problems.prefix(where + "/prefix", route.getPrefix().stringValue());
                    if (route.getNextHop() != null) {
                        for (IpAddressNoZone hop : route.getNextHop()) {
                            problems.unicast(where + "/next-hop", hop);
                        }
                    }
                }
            }
        }
        if (recheck == null) {
            return problems.list();
        }
        final List<String> all = new ArrayList<>(problems.list());
        all.addAll(recheck.ofDevice(device.getName().getValue(), device));
        return all;
    }

    private static void sealed(final EntryProblems problems, final String field, final @Nullable Secret secret) {
        if (secret != null && !SealedSecret.isSealed(secret.getValue())) {
            problems.add(field, "was not sealed: write secrets through RESTCONF, which seals them before they are"
                + " stored");
        }
    }

    private static void segments(final EntryProblems problems, final String field,
            final @Nullable Collection<String> segments) {
        if (segments == null) {
            return;
        }
        int labels = 0;
        int sids = 0;
        for (String segment : segments) {
            if (LABEL.matcher(segment).matches() && Long.parseLong(segment) <= MAX_LABEL) {
                labels++;
            } else if (segment.indexOf(':') >= 0 && Addresses.unicast(segment) == null) {
                sids++;
            } else {
                problems.add(field, "'" + segment + "' is neither an MPLS label (0-1048575) nor an SRv6 SID (an"
                    + " IPv6 address)");
            }
        }
        if (labels > 0 && sids > 0) {
            problems.add(field, "a segment list holds either MPLS labels or SRv6 SIDs, not both");
        }
    }

    private static String text(final @Nullable IpAddressNoZone address) {
        return address == null ? "" : address.stringValue();
    }
}
