package fr.chambery.cqc.web.assembly.api;

import java.net.URI;

public record AssemblyCreatedJson(String slug, URI page) {
}
