/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil.ipAddressNoZoneFor;

import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import java.util.List;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroupBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToVrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.Path;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionId;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.ip.Target;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.ip.TargetBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.sr.policy.segment.list.OriginatorBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.As2Builder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * Rules for resolver tests, compiled by the real {@link RuleCompiler}.
 */
final class Flows {
    private static final RuleCompiler COMPILER = new RuleCompiler();

    private Flows() {
        // utility class
    }

    static CompiledRule compile(final Rule rule) {
        return assertInstanceOf(Compilation.Compiled.class, COMPILER.compile(rule)).rule();
    }

    static CompiledRule compile(final RuleBuilder rule) {
        return compile(rule.build());
    }

    /** The running example, UDP to port 53 of 192.0.2.0/24, with these actions. */
    static RuleBuilder dns(final String name, final ActionsBuilder actions) {
        return Rules.dns(name, "192.0.2.0/24").setActions(actions.build());
    }

    static RuleBuilder fsv2(final String name, final long dfc, final ActionsBuilder actions) {
        return dns(name, actions).setVersion(FlowspecVersion.Fsv2).setDependentFiltersChain(Uint32.valueOf(dfc));
    }

    static Target target(final String address, final boolean copy) {
        return new TargetBuilder().setAddress(ipAddressNoZoneFor(address)).setCopy(copy).build();
    }

    static ActionsBuilder redirectTo(final Target... targets) {
        return new ActionsBuilder().setRedirectToIp(new RedirectToIpBuilder().setTarget(BindingMap.of(
            List.of(targets))).build());
    }

    static ActionsBuilder vrf(final ActionsBuilder actions, final int as, final long number) {
        return actions.setRedirectToVrf(new RedirectToVrfBuilder().setRouteTarget(new As2Builder()
            .setAs2Administrator(Uint16.valueOf(as)).setAs2AssignedNumber(Uint32.valueOf(number)).build()).build());
    }

    static IndirectionId indirection(final IndirectionIdType.Enumeration type, final long id, final int sequence) {
        return new IndirectionIdBuilder().setIdType(new IndirectionIdType(type)).setId(Uint32.valueOf(id))
            .setSequenceId(Uint8.valueOf(sequence)).build();
    }

    static ActionsBuilder indirections(final ActionsBuilder actions, final IndirectionId... ids) {
        return actions.setRedirectToIndirectionId(new RedirectToIndirectionIdBuilder().setIndirectionId(
            BindingMap.of(List.of(ids))).build());
    }

    static Path path(final int id, final String endpoint, final Integer weight) {
        return new PathBuilder().setId(Uint8.valueOf(id)).setEndpoint(ipAddressNoZoneFor(endpoint))
            .setWeight(weight == null ? null : Uint8.valueOf(weight)).build();
    }

    static ActionsBuilder group(final ActionsBuilder actions, final Path... paths) {
        return actions.setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(
            BindingMap.of(List.of(paths))).build());
    }

    /** Pin to segment list 2 of candidate path (configuration, 65000/192.0.2.250, 7) of policy (10, 192.0.2.9). */
    static ActionsBuilder pin(final boolean fallback, final boolean recovery, final int revertSeconds) {
        return new ActionsBuilder().setRedirectToSrPolicySegmentList(new RedirectToSrPolicySegmentListBuilder()
            .setColor(Uint32.valueOf(10)).setEndpoint(ipAddressNoZoneFor("192.0.2.9"))
            .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
            .setOriginator(new OriginatorBuilder().setAsn(Uint32.valueOf(65000))
                .setAddress(ipAddressNoZoneFor("192.0.2.250")).build())
            .setDiscriminator(Uint32.valueOf(7)).setSegmentListId(Uint32.valueOf(2)).setFallback(fallback)
            .setRecovery(recovery).setRevertTimer(Uint16.valueOf(revertSeconds)).build());
    }
}
