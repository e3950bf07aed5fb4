/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import io.flowsteer.rest.access.UserStoreWatch;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards RESTCONF's logins, in front of AAA (restconf-nb adds AAA's filter chain before AAA's own filter, so this
 * filter sees every request before its credentials are checked, and AAA's answer after).
 * <ul>
 *   <li>It slows password guessing: a client address whose logins fail {@code login-failures} times within
 * {@code login-window-seconds} gets 429 (RFC 6585 section 4) with a {@code Retry-After} for
 * {@code lockout-seconds}, without its credentials being checked.</li>
 *   <li>It answers a request the user's roles do not allow with 403, where AAA answers 401
 *       ({@link ForbiddenReply}); that is not a failed login.</li>
 *   <li>It tells the {@link UserStoreWatch} of every rejected login, from any address, so that a user store that
 *       lost its accounts is noticed.</li>
 * </ul>
 * Configuration: PID {@code io.flowsteer.rest}, beside the front door's settings
 * (whose metatype describes that PID).
 */
@Component(service = Filter.class, configurationPid = "io.flowsteer.rest",
    property = "org.opendaylight.aaa.filterchain.filter=true")
public final class AccessGuard implements Filter {
    /**
     * The lockout's settings.
     */
    @ObjectClassDefinition(name = "Flowsteer RESTCONF login guard")
    public @interface Configuration {
        /**
         * Failed logins that lock an address out.
         *
         * @return the count
         */
        @AttributeDefinition(description = "Failed logins from one address that lock it out (default 5)")
        int login$_$failures() default 5;

        /**
         * Within how long the failures must happen.
         *
         * @return seconds
         */
        @AttributeDefinition(description = "Within how many seconds the failures must happen (default 60)")
        int login$_$window$_$seconds() default 60;

        /**
         * How long an address stays locked out.
         *
         * @return seconds
         */
        @AttributeDefinition(description = "How many seconds an address stays locked out (default 300)")
        int lockout$_$seconds() default 300;

        /**
         * Client addresses never locked out.
         *
         * @return addresses, separated by commas
         */
        @AttributeDefinition(description = "Addresses never locked out, separated by commas (default: this host's "
            + "loopback, where local tools and monitoring run)")
        String login$_$lockout$_$exempt() default "127.0.0.1,::1";
    }

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

    private final FailedLogins failures;
    private final int limit;
    private final Duration window;
    private final Set<InetAddress> exempt;
    private volatile @Nullable UserStoreWatch userStore;

    /**
     * The lockout, with its settings.
     *
     * @param configuration the settings
     */
    @Activate
    public AccessGuard(final Configuration configuration) {
        limit = Math.max(1, configuration.login$_$failures());
        window = Duration.ofSeconds(Math.max(1, configuration.login$_$window$_$seconds()));
        failures = new FailedLogins(limit, window, Duration.ofSeconds(Math.max(1, configuration.lockout$_$seconds())),
            System::nanoTime);
        exempt = addresses(configuration.login$_$lockout$_$exempt());
    }

    private static Set<InetAddress> addresses(final String list) {
        final Set<InetAddress> parsed = new HashSet<>();
        for (String item : list.split(",")) {
            final @Nullable InetAddress address = literal(item.strip());
            if (address != null) {
                parsed.add(address);
            } else if (!item.isBlank()) {
                LOG.warn("login-lockout-exempt: '{}' is not an IP address; it is ignored", item.strip());
            }
        }
        return Set.copyOf(parsed);
    }

    /**
     * An IP address literal, without a name lookup.
     *
     * @param text the text
     * @return the address, or null when the text is not an IPv4 or IPv6 literal
     */
    private static @Nullable InetAddress literal(final String text) {
        if (text.isEmpty() || !text.contains(":") && !text.matches("[0-9.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * The watch of the user store, once it is there (the filter does not wait for it: logins are guarded from the
     * start).
     *
     * @param watch the watch
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        unbind = "unsetUserStore")
    void setUserStore(final UserStoreWatch watch) {
        userStore = watch;
    }

    void unsetUserStore(final UserStoreWatch watch) {
        if (userStore == watch) {
            userStore = null;
        }
    }

    @Override
    public void init(final @Nullable FilterConfig filterConfig) {
        // nothing to set up: the component is ready when it is activated
    }

    @Override
    public void doFilter(final ServletRequest request, final ServletResponse response, final FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse reply)) {
            chain.doFilter(request, response);
            return;
        }
        final String address = http.getRemoteAddr();
        final @Nullable InetAddress client = literal(address);
        if (client != null && exempt.contains(client)) {
            chain.doFilter(request, new ForbiddenReply(reply, http.getMethod(), RequestGate.wantsXml(http)));
            if (loginRejected(reply)) {
                tellUserStore();
            }
            return;
        }
        final Duration locked = failures.lockedFor(address);
        if (!locked.isZero()) {
            final long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
            reply.setHeader("Retry-After", Long.toString(seconds));
            final Refusal refusal = Refusal.lockedOut(seconds);
            reply.setStatus(refusal.status());
            final boolean xml = RequestGate.wantsXml(http);
            reply.setContentType(xml ? "application/yang-data+xml" : "application/yang-data+json");
            reply.getOutputStream().write(refusal.body(xml));
            return;
        }
        final ForbiddenReply guarded = new ForbiddenReply(reply, http.getMethod(), RequestGate.wantsXml(http));
        chain.doFilter(request, guarded);
        if (guarded.forbidden()) {
            return;
        }
        if (loginRejected(reply)) {
            tellUserStore();
            if (failures.failed(address)) {
                LOG.warn("RESTCONF: {} failed logins from {} within {} s; that address is refused for a while",
                    limit, address, window.toSeconds());
            }
        } else if (http.getHeader("Authorization") != null) {
            failures.succeeded(address);
        }
    }

    /**
     * Whether AAA rejected the request's credentials: 401 with a challenge (a 401 without one is a role's refusal,
     * which {@link ForbiddenReply} answers with 403).
     */
    private static boolean loginRejected(final HttpServletResponse reply) {
        return reply.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && reply.containsHeader("WWW-Authenticate");
    }

    private void tellUserStore() {
        final @Nullable UserStoreWatch watch = userStore;
        if (watch != null) {
            watch.loginRejected();
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
