/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.bytes.Octets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random valid FSv1 and FSv2 rules from a seed, for property tests, ordering cross-checks and benchmarks.
 */
public final class RandomRules {
    private final Random random;

    public RandomRules(final long seed) {
        random = new Random(seed);
    }

    public Fsv1Nlri fsv1(final Afi afi, final boolean vpn) {
        return new Fsv1Nlri(afi, vpn ? new RouteDistinguisher(random.nextLong()) : null, components(afi));
    }

    public Fsv2Nlri fsv2(final Afi afi) {
        final List<Fsv2Component> ip = new ArrayList<>();
        for (FlowComponent component : components(afi)) {
            ip.add(new Fsv2IpComponent(random.nextInt(4) == 0, component));
        }
        if (random.nextInt(3) == 0) {
            ip.add(opaque(3000 + random.nextInt(1000)));
        }
        final List<Fsv2FilterFamily> families = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            families.add(new Fsv2FilterFamily(1 + random.nextInt(200), List.of(opaque(random.nextInt(50)))));
        }
        families.add(new Fsv2FilterFamily(Fsv2Config.DEFAULT_IP_BASIC_FAMILY_TYPE, ip));
        if (random.nextInt(4) == 0) {
            families.add(new Fsv2FilterFamily(300 + random.nextInt(1000), List.of(opaque(random.nextInt(50)))));
        }
        return new Fsv2Nlri(afi, random.nextInt(3) == 0 ? random.nextInt() & 0xffffffffL : 0,
            random.nextInt(3) == 0 ? random.nextInt(4) : random.nextInt() & 0xffffffffL, families);
    }

    private Fsv2OpaqueComponent opaque(final int type) {
        final byte[] value = new byte[random.nextInt(6)];
        random.nextBytes(value);
        return new Fsv2OpaqueComponent(random.nextBoolean(), type, Octets.copyOf(value));
    }

    public List<FlowComponent> components(final Afi afi) {
        final List<FlowComponent> out = new ArrayList<>();
        while (out.isEmpty()) {
            for (ComponentType type : ComponentType.values()) {
                if (random.nextInt(3) != 0 || type == ComponentType.FLOW_LABEL && afi == Afi.IPV4) {
                    continue;
                }
                out.add(component(type, afi));
            }
        }
        return out;
    }

    public FlowComponent component(final ComponentType type, final Afi afi) {
        return switch (type.kind()) {
            case PREFIX -> prefix(type, afi);
            case NUMERIC -> {
                final List<NumericTerm> terms = new ArrayList<>();
                final int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    terms.add(new NumericTerm(i > 0 && random.nextBoolean(), random.nextInt(8), value(type)));
                }
                yield new NumericComponent(type, terms);
            }
            default -> {
                final List<BitmaskTerm> terms = new ArrayList<>();
                final int count = 1 + random.nextInt(2);
                final long allowed = type == ComponentType.TCP_FLAGS ? 0xffff : afi == Afi.IPV4 ? 0x0f : 0x0e;
                for (int i = 0; i < count; i++) {
                    terms.add(new BitmaskTerm(i > 0 && random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean(), random.nextLong() & allowed));
                }
                yield new BitmaskComponent(type, terms);
            }
        };
    }

    private long value(final ComponentType type) {
        final int bits = random.nextInt(type.valueBits() + 1);
        return bits == 0 ? 0 : random.nextLong() >>> 64 - bits;
    }

    private IpPrefixComponent prefix(final ComponentType type, final Afi afi) {
        if (afi == Afi.IPV4) {
            final byte[] address = new byte[4];
            random.nextBytes(address);
            return IpPrefixComponent.ipv4(type, address, random.nextInt(33));
        }
        final byte[] address = new byte[16];
        random.nextBytes(address);
        final int length = random.nextInt(129);
        final int offset = length == 0 ? 0 : random.nextInt(4) == 0 ? random.nextInt(length) : 0;
        return IpPrefixComponent.ipv6(type, address, offset, length);
    }
}
