/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.StringJoiner;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A flowspec NLRI in words an operator reads at a glance, e.g.
 * {@code destination prefix 192.0.2.0/24, ip protocol =17, source port =53, packet length >=512}; terms keep
 * their operators ({@code &&} for AND, {@code ||} otherwise, RFC 8955 section 4.2.1), bitmask terms show match
 * and not ({@code =S} exact, {@code S} any-of, {@code !} negation). FSv2 NLRIs lead with their user order and
 * Dependent Filters Chain, and mark optional components.
 */
public final class NlriText {
    private static final String[] TCP_FLAGS = {"F", "S", "R", "P", "A", "U", "E", "C", "N"};
    private static final String[] FRAGMENT_FLAGS = {"DF", "IsF", "FF", "LF"};

    private NlriText() {
        // Utility class
    }

    /**
     * Describes an NLRI.
     *
     * @param nlri the NLRI
     * @return the description
     */
    public static @NonNull String describe(final @NonNull FlowspecNlri nlri) {
        if (nlri instanceof Fsv1Nlri fsv1) {
            final StringJoiner out = new StringJoiner(", ");
            if (fsv1.routeDistinguisher() != null) {
                out.add("rd " + fsv1.routeDistinguisher().value());
            }
            fsv1.components().forEach(component -> out.add(describe(component)));
            return out.toString();
        }
        if (!(nlri instanceof Fsv2Nlri fsv2)) {
            throw new IllegalArgumentException("unknown NLRI " + nlri);
        }
        final StringJoiner out = new StringJoiner(", ");
        out.add("fsv2 user order " + fsv2.userOrder());
        if (fsv2.dependentFiltersChain() != 0) {
            out.add("chain " + fsv2.dependentFiltersChain());
        }
        for (Fsv2FilterFamily family : fsv2.families()) {
            for (Fsv2Component component : family.components()) {
                if (component instanceof Fsv2IpComponent ip) {
                    out.add((ip.optional() ? "optional " : "") + describe(ip.component()));
                } else if (component instanceof Fsv2OpaqueComponent opaque) {
                    out.add((opaque.optional() ? "optional " : "") + "family " + family.familyType() + " component "
                        + opaque.componentType() + " (" + opaque.value().length() + " octets)");
                }
            }
        }
        return out.toString();
    }

    /**
     * Describes one component.
     *
     * @param component the component
     * @return the description
     */
    public static @NonNull String describe(final @NonNull FlowComponent component) {
        if (component instanceof IpPrefixComponent prefix) {
            return prefix.type().fieldName() + " " + address(prefix.address()) + "/" + prefix.length()
                + (prefix.offset() == 0 ? "" : " offset " + prefix.offset());
        } else if (component instanceof NumericComponent numeric) {
            final StringBuilder out = new StringBuilder(numeric.type().fieldName());
            final List<NumericTerm> terms = numeric.terms();
            for (int i = 0; i < terms.size(); i++) {
                final NumericTerm term = terms.get(i);
                out.append(i == 0 ? " " : term.and() ? " && " : " || ").append(comparison(term.comparison()))
                    .append(term.value());
            }
            return out.toString();
        }
        if (!(component instanceof BitmaskComponent bitmask)) {
            throw new IllegalArgumentException("unknown component " + component);
        }
        final String[] names = bitmask.type() == ComponentType.TCP_FLAGS ? TCP_FLAGS : FRAGMENT_FLAGS;
        final StringBuilder out = new StringBuilder(bitmask.type().fieldName());
        final List<BitmaskTerm> terms = bitmask.terms();
        for (int i = 0; i < terms.size(); i++) {
            final BitmaskTerm term = terms.get(i);
            out.append(i == 0 ? " " : term.and() ? " && " : " || ").append(term.not() ? "!" : "")
                .append(term.match() ? "=" : "").append(flags(term.mask(), names));
        }
        return out.toString();
    }

    private static String comparison(final int bits) {
        return switch (bits) {
            case NumericTerm.EQ -> "=";
            case NumericTerm.LT -> "<";
            case NumericTerm.GT -> ">";
            case NumericTerm.LT | NumericTerm.EQ -> "<=";
            case NumericTerm.GT | NumericTerm.EQ -> ">=";
            case NumericTerm.LT | NumericTerm.GT -> "!=";
            case NumericTerm.LT | NumericTerm.GT | NumericTerm.EQ -> "true ";
            default -> "false ";
        };
    }

    private static String flags(final long mask, final String[] names) {
        final StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < names.length; bit++) {
            if ((mask & 1L << bit) != 0) {
                out.append(out.isEmpty() ? "" : "|").append(names[bit]);
            }
        }
        return out.isEmpty() ? "0x0" : out.toString();
    }

    private static String address(final byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an IPv4 or IPv6 prefix always has 4 or 16 octets", e);
        }
    }
}
