/**
 * The city's association directory, synced into each quartier. Sources are adapters behind
 * {@link fr.chambery.cqc.integration.directory.DirectorySource}: the directory's HTML listing pages
 * (jsoup, selectors from configuration) and its structured export (JSON-P, Commons CSV); the RNA file
 * enriches each run ({@link fr.chambery.cqc.integration.directory.RnaFile}, streamed). HTTP goes through
 * {@link fr.chambery.cqc.integration.directory.ResilientHttp} (MicroProfile Fault Tolerance) with
 * conditional requests. Runs are started on a schedule ({@code DirectorySchedule}) or on demand
 * ({@code DirectoryRuns}); the engine that upserts, places and unlists is the core's
 * {@code AssociationSync}.
 */
package fr.chambery.cqc.integration.directory;
