/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Translates what Flowsteer keeps on a router ({@link RouterTables}: the indirection-id table of
 * draft-ietf-idr-flowspec-path-redirect section 2 and the SR Policies of RFC 9256 section 2) into one router model's
 * NETCONF configuration and back. A driver is stateless and thread-safe; the session code calls it
 * with the {@code <data>} of a get-config reply and sends the {@code <config>} it returns in an edit-config
 * (RFC 6241 sections 7.1 and 7.2).
 */
public interface DeviceDriver {
    /**
     * Name of the driver, as {@code flowsteer-devices} names it per device (leaf {@code netconf/driver}).
     *
     * @return the name
     */
    String name();

    /**
     * YANG module namespaces the router must announce in its hello for this driver to work.
     *
     * @return capability namespace URIs
     */
    Set<String> requiredNamespaces();

    /**
     * The subtree filter (RFC 6241 section 6) selecting the configuration this driver manages.
     *
     * @param owner document to create the element in
     * @return a {@code <filter type="subtree">} element
     */
    Element configFilter(Document owner);

    /**
     * The subtree filters to read this driver's configuration with, one get-config each, their {@code <data>}
     * merged before {@link #read}. A driver whose configuration spans several top-level nodes (several models) gives
     * one filter per node: RFC 6241 section 6 allows several roots in one filter, but not every server takes them
     * (netconf-testtool 7.0.4 answers {@code operation-not-supported}). The default is {@link #configFilter} alone.
     *
     * @param owner document to create the elements in
     * @return the {@code <filter type="subtree">} elements
     */
    default List<Element> configFilters(final Document owner) {
        return List.of(configFilter(owner));
    }

    /**
     * The subtree filters (RFC 6241 section 6.2.5, content match on list keys) selecting only what {@code edit}
     * puts or deletes, to read back a small push without reading the whole configuration. Their {@code <data>} is
     * merged and given to {@link #read}; only the entries and SR Policies under the edit's keys are compared. The
     * default is empty: the driver cannot select by key and the push reads back everything.
     *
     * @param owner document to create the elements in
     * @param edit the change that was sent
     * @return the filters, one get-config each, or empty to read back with {@link #configFilters}
     */
    default Optional<List<Element>> editedFilters(final Document owner, final RouterEdit edit) {
        return Optional.empty();
    }

    /**
     * Reads the table and SR Policies out of a get-config reply.
     *
     * @param data the {@code <data>} element of the reply
     * @return what was found, empty when the router has nothing
     * @throws IllegalArgumentException when the data does not follow the router model
     */
    RouterTables read(Element data);

    /**
     * The {@code <config>} element of an edit-config applying {@code edit}: only the entries and SR Policies that
     * change, each replaced whole or deleted.
     *
     * @param owner document to create the element in
     * @param edit the change, from {@link RouterEdit#between}
     * @return a {@code <config>} element in the NETCONF base namespace
     */
    Element editConfig(Document owner, RouterEdit edit);

    /**
     * The {@code <config>} element of an edit-config applying {@code edit} to a router that holds {@code current}
     * (what the read before the edit found). A model that keeps parts of a policy outside it (for example segment
     * lists referred to by name) needs {@code current} to delete the parts a changed or removed policy no longer uses.
     * The default ignores {@code current}.
     *
     * @param owner document to create the element in
     * @param current what the router holds, as {@link #read} returned it
     * @param edit the change, from {@link RouterEdit#between} of {@code current}
     * @return a {@code <config>} element in the NETCONF base namespace
     */
    default Element editConfig(final Document owner, final RouterTables current, final RouterEdit edit) {
        return editConfig(owner, edit);
    }

    /**
     * This driver for one router: a driver whose model names the router itself (for example the headend of an SR
     * Policy) binds it here. The default returns this driver.
     *
     * @param endpoint the router
     * @return the driver to use for that router
     * @throws IllegalArgumentException when the driver cannot serve that router
     */
    default DeviceDriver forRouter(final RouterEndpoint endpoint) {
        return this;
    }
}
