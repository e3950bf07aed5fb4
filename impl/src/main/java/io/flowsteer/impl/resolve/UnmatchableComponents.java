/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.compile.CompiledRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The match components of a rule a router cannot match on (draft-ietf-idr-fsv2-ip-basic section 6.2). A mandatory one
 * makes the rule invalid there: it is not installed, nor is any rule of its Dependent Filters Chain. An optional one
 * (FSv2 component flag O) is left out and the rule installed without it. Every FSv1 component is mandatory: RFC 8955
 * has no optional components.
 *
 * @param mandatory the unmatchable components the rule needs
 * @param optional the unmatchable components the rule may do without
 */
record UnmatchableComponents(@NonNull List<String> mandatory, @NonNull List<String> optional) {
    static final UnmatchableComponents NONE = new UnmatchableComponents(List.of(), List.of());

    /**
     * Checks a rule's match against a router.
     *
     * @param capabilities the router's capabilities
     * @param rule the rule
     * @return what the router cannot match, by component name
     */
    static @NonNull UnmatchableComponents of(final @NonNull Capabilities capabilities,
            final @NonNull CompiledRule rule) {
        final Set<ComponentType> unmatchable = capabilities.unmatchable();
        if (unmatchable.isEmpty()) {
            return NONE;
        }
        final List<String> mandatory = new ArrayList<>();
        final List<String> optional = new ArrayList<>();
        if (rule.nlri() instanceof Fsv1Nlri fsv1) {
            for (FlowComponent component : fsv1.components()) {
                if (unmatchable.contains(component.type())) {
                    mandatory.add(component.type().fieldName());
                }
            }
        } else if (rule.nlri() instanceof Fsv2Nlri fsv2) {
            for (Fsv2FilterFamily family : fsv2.families()) {
                for (Fsv2Component component : family.components()) {
                    if (component instanceof Fsv2IpComponent ip && unmatchable.contains(ip.component().type())) {
                        (ip.optional() ? optional : mandatory).add(ip.component().type().fieldName());
                    }
                }
            }
        }
        return mandatory.isEmpty() && optional.isEmpty() ? NONE
            : new UnmatchableComponents(List.copyOf(mandatory), List.copyOf(optional));
    }
}
