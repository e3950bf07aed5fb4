/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.IOException;
import java.security.SecureRandom;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.aaa.encrypt.AAAEncryptionService;
import org.opendaylight.mdsal.dom.api.DOMSchemaService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RESTCONF front door, a servlet filter that restconf-nb runs in front of every RESTCONF request (AAA's filter
 * chain picks up {@link Filter} services carrying {@code org.opendaylight.aaa.filterchain.filter=true}).
 * <ul>
 *   <li>A body over {@code max-body-bytes} is refused with 413 (RFC 9110 section 15.5.14) before it is read.</li>
 *   <li>A write into operational state, such as {@code flowsteer-status}, is refused with 405.</li>
 *   <li>A JSON body is checked against the models when RESTCONF reads it ({@link GatedRequest}); what is wrong is
 *       refused with 400 naming the rule or router and the field.</li>
 *   <li>A change Flowsteer refuses at commit reaches the client as 400 with Flowsteer's reason
 *       ({@link GateResponse}), not as a 500.</li>
 *   <li>Secrets written to {@code flowsteer-devices} are sealed before RESTCONF reads them ({@link SecretSealer}),
 *       and no reply shows a sealed secret ({@link MaskedResponse}).</li>
 * </ul>
 * Configuration: PID {@code io.flowsteer.rest} ({@code etc/io.flowsteer.rest.cfg}).
 */
@Component(service = Filter.class, configurationPid = "io.flowsteer.rest",
    property = "org.opendaylight.aaa.filterchain.filter=true")
@Designate(ocd = RequestGate.Configuration.class)
public final class RequestGate implements Filter {
    /**
     * The front door's settings.
     */
    @ObjectClassDefinition(name = "Flowsteer RESTCONF front door")
    public @interface Configuration {
        /**
         * The largest request body RESTCONF takes, in bytes.
         *
         * @return the limit
         */
        @AttributeDefinition(description = "Largest request body, in bytes (default 4 MiB)")
        long max$_$body$_$bytes() default 4L * 1024 * 1024;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);

    private final DOMSchemaService schemaService;
    private final long maxBodyBytes;
    /** The schema as last indexed, replaced when a request finds the context changed. */
    private volatile @Nullable SchemaIndex index;
    private final SecretSealer sealer;

    /**
     * The front door, with its settings.
     *
     * @param schemaService the schema of the models, to check bodies against
     * @param encryption the controller's encryption, which seals secrets before they are stored
     * @param configuration the settings
     */
    @Activate
    public RequestGate(@Reference final DOMSchemaService schemaService,
            @Reference final AAAEncryptionService encryption, final Configuration configuration) {
        this.schemaService = schemaService;
        sealer = new SecretSealer(encryption::encrypt, new SecureRandom());
        maxBodyBytes = configuration.max$_$body$_$bytes();
        LOG.info("RESTCONF requests are checked before they reach the datastore (bodies up to {} bytes)",
            maxBodyBytes);
    }

    @Override
    public void init(final @Nullable FilterConfig filterConfig) {
        // nothing to set up: the component is ready when it is activated
    }

    @Override
    public void doFilter(final ServletRequest request, final ServletResponse response, final FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            chain.doFilter(request, response);
            return;
        }
        final HttpServletResponse reply = new MaskedResponse(plain);
        if (!RequestChecks.writes(http.getMethod())) {
            chain.doFilter(request, reply);
            return;
        }
        final boolean xml = wantsXml(http);
        final ApiPath path = ApiPath.parse(http.getRequestURI().substring(http.getContextPath().length()));
        final boolean data = "data".equals(path.kind());
        final GateResponse gated = new GateResponse(reply, data, xml);
        if (http.getContentLengthLong() > maxBodyBytes) {
            // read what the client sends anyway, so that it gets the reply rather than a broken connection
            if (http.getContentLengthLong() <= Bodies.DRAIN_LIMIT) {
                Bodies.drain(http.getInputStream());
            } else {
                reply.setHeader("Connection", "close");
            }
            gated.refuse(Refusal.tooBig(maxBodyBytes));
            return;
        }
        final RequestChecks checks = new RequestChecks(index());
        // a DELETE has no body, so it is left to RESTCONF (which finds nothing to delete in the configuration)
        final Refusal early = checks.beforeBody(http.getMethod(), path);
        final boolean json = isJson(http.getContentType());
        final boolean sealing = SecretSealer.applies(path);
        final GatedRequest checked = new GatedRequest(http, maxBodyBytes, body -> {
            if (early != null) {
                return GatedRequest.Verdict.refuse(early);
            }
            final byte[] sealed;
            try {
                sealed = !sealing ? body : json || isPatchJson(http.getContentType()) ? sealer.sealJson(path, body)
                    : sealer.sealXml(path, body);
            } catch (SecretSealer.RefusedSecret e) {
                return GatedRequest.Verdict.refuse(e.refusal());
            }
            if (!json) {
                return GatedRequest.Verdict.pass(sealed);
            }
            final Refusal refusal = checks.body(http.getMethod(), path, sealed);
            return refusal == null ? GatedRequest.Verdict.pass(checks.forRestconf(http.getMethod(), path, sealed))
                : GatedRequest.Verdict.refuse(refusal);
        }, gated);
        chain.doFilter(checked, gated);
        if (!http.isAsyncStarted()) {
            gated.finish();
        }
    }

    /**
     * The index of the schema as it is now: the one held while the context stays the same, a new one after modules
     * are installed. Two requests that see a new context at once may both build one; either is right.
     */
    private SchemaIndex index() {
        final SchemaIndex current = SchemaIndex.forContext(index, schemaService.getGlobalContext());
        index = current;
        return current;
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    private static boolean isPatchJson(final @Nullable String contentType) {
        return contentType != null && contentType.contains("yang-patch+json");
    }

    private static boolean isJson(final @Nullable String contentType) {
        return contentType != null && contentType.contains("json") && !contentType.contains("yang-patch");
    }

    static boolean wantsXml(final HttpServletRequest request) {
        final String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("xml") && !accept.contains("json")) {
            return true;
        }
        final String contentType = request.getContentType();
        return (accept == null || accept.contains("*/*")) && contentType != null && contentType.contains("xml");
    }
}
