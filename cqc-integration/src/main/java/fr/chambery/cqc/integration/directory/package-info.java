/**
 * The city's association directory, synced into each quartier (issue 7): source adapters for the
 * directory's pages and the RNA file, a translator into the domain, and the sync runs with their
 * reports. It will talk to the domain only through {@code cqc-core}'s services. Empty for now: the
 * module is wired into the build and the deployable so that the sync lands where it belongs.
 */
package fr.chambery.cqc.integration.directory;
