/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.net.InetAddresses;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.BinaryTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.BitsTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.BooleanTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.DecimalTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.EmptyTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.EnumTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.Int64TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.LengthRestrictedTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.PatternConstraint;
import org.opendaylight.yangtools.yang.model.api.type.RangeRestrictedTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.StringTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.Uint64TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.UnionTypeDefinition;

/**
 * Checks one JSON leaf value against its YANG type as RFC 7951 section 6 encodes it: integers up to 32 bits are JSON
 * numbers, 64-bit integers and decimal64 are strings (a number is taken too) holding a plain decimal, booleans are
 * JSON literals, empty is {@code [null]}; ranges, lengths, patterns and enumeration names are those of the type and
 * of every type it derives from. Addresses of the ietf-inet-types address types must be addresses, not merely
 * match their patterns. Each check answers null when the value is right, or a sentence saying what is wrong.
 */
final class LeafValues {
    private static final Set<String> IPV4_TYPES = Set.of("ipv4-address", "ipv4-address-no-zone");
    private static final Set<String> IPV6_TYPES = Set.of("ipv6-address", "ipv6-address-no-zone");
    private static final String INET_NAMESPACE = "urn:ietf:params:xml:ns:yang:ietf-inet-types";

    private LeafValues() {
        // static checks only
    }

    /**
     * Checks a value against a type.
     *
     * @param type the leaf's type
     * @param value the JSON value
     * @param patterns the compiled patterns
     * @return null when the value is right, otherwise what is wrong with it
     */
    static @Nullable String check(final TypeDefinition<?> type, final JsonElement value, final Patterns patterns) {
        if (type instanceof EmptyTypeDefinition) {
            return value instanceof JsonArray array && array.size() == 1 && array.get(0).isJsonNull() ? null
                : "must be [null], the JSON encoding of an empty leaf";
        }
        if (!(value instanceof JsonPrimitive primitive)) {
            return "must be a single value, not " + (value.isJsonNull() ? "null" : value.isJsonArray() ? "a list"
                : "an object");
        }
        if (type instanceof UnionTypeDefinition union) {
            for (TypeDefinition<?> member : union.getTypes()) {
                if (check(member, value, patterns) == null) {
                    return null;
                }
            }
            return quoted(primitive) + " is not " + unionNoun(typeName(type));
        }
        if (type instanceof BooleanTypeDefinition) {
            return primitive.isBoolean() ? null : "must be true or false (a JSON literal), not " + quoted(primitive);
        }
        if (type instanceof EnumTypeDefinition enumeration) {
            return checkEnum(enumeration, primitive);
        }
        if (type instanceof DecimalTypeDefinition decimal) {
            return checkDecimal(decimal, primitive);
        }
        if (type instanceof RangeRestrictedTypeDefinition<?, ?> integer) {
            return checkInteger(integer, primitive);
        }
        if (type instanceof StringTypeDefinition string) {
            return primitive.isString() ? checkString(string, primitive.getAsString(), patterns)
                : "must be a string, not " + primitive;
        }
        if (type instanceof BitsTypeDefinition bits) {
            return primitive.isString() ? checkBits(bits, primitive.getAsString())
                : "must be a string of bit names, not " + primitive;
        }
        if (type instanceof BinaryTypeDefinition) {
            return primitive.isString() ? null : "must be a string, not " + primitive;
        }
        // identityref, leafref, instance-identifier: the RESTCONF parser resolves them
        return null;
    }

    private static @Nullable String checkBits(final BitsTypeDefinition type, final String text) {
        final Set<String> names = new java.util.LinkedHashSet<>();
        for (BitsTypeDefinition.Bit bit : type.getBits()) {
            names.add(bit.getName());
        }
        for (String name : text.trim().split("\\s+")) {
            if (!name.isEmpty() && !names.contains(name)) {
                return "\"" + shorten(name) + "\" is not one of the flags " + String.join(", ", names);
            }
        }
        return null;
    }

    private static @Nullable String checkEnum(final EnumTypeDefinition type, final JsonPrimitive value) {
        if (value.isString()) {
            for (EnumTypeDefinition.EnumPair pair : type.getValues()) {
                if (pair.getName().equals(value.getAsString())) {
                    return null;
                }
            }
        }
        final StringBuilder names = new StringBuilder();
        for (EnumTypeDefinition.EnumPair pair : type.getValues()) {
            names.append(names.length() == 0 ? "" : ", ").append(pair.getName());
        }
        return quoted(value) + " is not one of " + names;
    }

    private static @Nullable String checkInteger(final RangeRestrictedTypeDefinition<?, ?> type,
            final JsonPrimitive value) {
        final boolean wide = type instanceof Int64TypeDefinition || type instanceof Uint64TypeDefinition;
        if (value.isString() && !wide) {
            return "must be a JSON number, not the string " + quoted(value) + " (RFC 7951 section 6.1)";
        }
        if (!value.isString() && !value.isNumber()) {
            return "must be a whole number, not " + value;
        }
        final String text = value.getAsString();
        if (!isPlainNumber(text, false)) {
            return "must be a whole number written in decimal, not " + quoted(value);
        }
        // up to 18 characters is within a long; the exact check below also words the problem
        if (text.length() <= 18 && inRange(type, Long.parseLong(text))) {
            return null;
        }
        return checkRange(type, new BigDecimal(text), text);
    }

    private static @Nullable String checkDecimal(final DecimalTypeDefinition type, final JsonPrimitive value) {
        if (!value.isString() && !value.isNumber()) {
            return "must be a decimal number, not " + value;
        }
        final String text = value.getAsString();
        if (!isPlainNumber(text, true)) {
            return "must be a decimal number such as \"1.5\", not " + quoted(value);
        }
        final BigDecimal number = new BigDecimal(text);
        if (number.scale() > type.getFractionDigits()) {
            return quoted(value) + " has more than " + type.getFractionDigits() + " digits after the point";
        }
        return checkRange(type, number, text);
    }

    /**
     * Whether text is a plain decimal number: {@code -?(0|[1-9][0-9]*)}, followed by {@code (\\.[0-9]+)?} when a
     * fraction is allowed.
     */
    private static boolean isPlainNumber(final String text, final boolean fraction) {
        final int length = text.length();
        int at = text.startsWith("-") ? 1 : 0;
        if (at == length || !isDigit(text.charAt(at))) {
            return false;
        }
        if (text.charAt(at++) != '0') {
            while (at < length && isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at == length) {
            return true;
        }
        if (!fraction || text.charAt(at++) != '.' || at == length) {
            return false;
        }
        while (at < length && isDigit(text.charAt(at))) {
            at++;
        }
        return at == length;
    }

    private static boolean isDigit(final char character) {
        return character >= '0' && character <= '9';
    }

    /**
     * Whether a whole number is within the type's ranges, answered without {@link BigDecimal} when every bound is
     * a whole number that fits a long; false when it is not within them or a bound does not fit, for
     * {@link #checkRange} to decide and word.
     */
    private static boolean inRange(final RangeRestrictedTypeDefinition<?, ?> type, final long number) {
        final Optional<? extends org.opendaylight.yangtools.yang.model.api.type.RangeConstraint<?>> constraint =
            type.getRangeConstraint();
        if (constraint.isEmpty()) {
            return true;
        }
        for (Range<?> range : constraint.orElseThrow().getAllowedRanges().asRanges()) {
            final Object low = range.lowerEndpoint();
            final Object high = range.upperEndpoint();
            if (!isLong(low) || !isLong(high)) {
                return false;
            }
            if (number >= ((Number) low).longValue() && number <= ((Number) high).longValue()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a range bound is a whole number whose {@code longValue} is exactly its value.
     */
    private static boolean isLong(final Object bound) {
        return bound instanceof Byte || bound instanceof Short || bound instanceof Integer || bound instanceof Long
            || bound instanceof Uint8 || bound instanceof Uint16 || bound instanceof Uint32;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static @Nullable String checkRange(final RangeRestrictedTypeDefinition<?, ?> type,
            final BigDecimal number, final String text) {
        final Optional<? extends org.opendaylight.yangtools.yang.model.api.type.RangeConstraint<?>> constraint =
            type.getRangeConstraint();
        if (constraint.isEmpty()) {
            return null;
        }
        final RangeSet<?> allowed = constraint.orElseThrow().getAllowedRanges();
        final StringBuilder ranges = new StringBuilder();
        for (Range range : allowed.asRanges()) {
            final BigDecimal low = new BigDecimal(range.lowerEndpoint().toString());
            final BigDecimal high = new BigDecimal(range.upperEndpoint().toString());
            if (number.compareTo(low) >= 0 && number.compareTo(high) <= 0) {
                return null;
            }
            ranges.append(ranges.length() == 0 ? "" : " or ").append(low.equals(high) ? low.toPlainString()
                : low.toPlainString() + ".." + high.toPlainString());
        }
        return text + " is out of range: allowed is " + ranges;
    }

    private static @Nullable String checkString(final StringTypeDefinition type, final String text,
            final Patterns patterns) {
        for (TypeDefinition<?> level = type; level != null; level = level.getBaseType()) {
            if (level instanceof LengthRestrictedTypeDefinition<?> restricted) {
                final var length = restricted.getLengthConstraint();
                if (length.isPresent()) {
                    final int count = text.codePointCount(0, text.length());
                    if (!length.orElseThrow().getAllowedRanges().contains(count)) {
                        return "is " + count + " characters long: allowed is "
                            + lengths(length.orElseThrow().getAllowedRanges());
                    }
                }
            }
            if (level instanceof StringTypeDefinition string) {
                for (PatternConstraint pattern : string.getPatternConstraints()) {
                    if (!patterns.of(pattern).accepts(text)) {
                        return pattern.getErrorMessage().map(message -> "\"" + shorten(text) + "\": " + message)
                            .orElse("\"" + shorten(text) + "\" is not a valid " + typeName(type));
                    }
                }
            }
        }
        return checkAddress(type, text);
    }

    /**
     * The ietf-inet-types patterns accept some strings that are no address; this parses them as the routers will.
     */
    private static @Nullable String checkAddress(final StringTypeDefinition type, final String text) {
        for (TypeDefinition<?> level = type; level != null; level = level.getBaseType()) {
            final String namespace = level.getQName().getNamespace().toString();
            final String name = level.getQName().getLocalName();
            if (!INET_NAMESPACE.equals(namespace)) {
                continue;
            }
            final int zone = text.indexOf('%');
            final String address = zone < 0 ? text : text.substring(0, zone);
            if (IPV4_TYPES.contains(name)) {
                return address.indexOf(':') < 0 && InetAddresses.isInetAddress(address) ? null
                    : "\"" + shorten(text) + "\" is not an IPv4 address";
            }
            if (IPV6_TYPES.contains(name)) {
                return address.indexOf(':') >= 0 && InetAddresses.isInetAddress(address) ? null
                    : "\"" + shorten(text) + "\" is not an IPv6 address";
            }
        }
        return null;
    }

    private static String unionNoun(final String typeName) {
        return switch (typeName) {
            case "ip-address", "ip-address-no-zone" -> "an IP address";
            case "ip-prefix" -> "an IP prefix";
            case "host" -> "an IP address or a host name";
            default -> "a valid " + typeName;
        };
    }

    private static String lengths(final RangeSet<Integer> ranges) {
        final StringBuilder text = new StringBuilder();
        for (Range<Integer> range : ranges.asRanges()) {
            text.append(text.length() == 0 ? "" : " or ").append(range.lowerEndpoint().equals(range.upperEndpoint())
                ? range.lowerEndpoint().toString() : range.lowerEndpoint() + ".." + range.upperEndpoint());
        }
        return text.append(" characters").toString();
    }

    private static String typeName(final TypeDefinition<?> type) {
        TypeDefinition<?> named = type;
        while (named.getBaseType() != null && named.getQName().getLocalName().toLowerCase(Locale.ROOT)
                .equals(named.getBaseType().getQName().getLocalName())) {
            named = named.getBaseType();
        }
        return named.getQName().getLocalName();
    }

    private static String quoted(final JsonPrimitive value) {
        return value.isString() ? "\"" + shorten(value.getAsString()) + "\"" : value.getAsString();
    }

    private static String shorten(final String text) {
        return text.length() <= 64 ? text : text.substring(0, 60) + "...";
    }
}
