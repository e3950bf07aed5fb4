/**
 * Flowsteer's wire model and semantics: everything Flowsteer puts on or reads from the wire
 * (RFC 8955, RFC 8956, draft-ietf-idr-fsv2-ip-basic, the redirect drafts), the installation order,
 * packet matching, and the southbound SPIs. No OSGi or MD-SAL types live here.
 */
package io.flowsteer.api;
