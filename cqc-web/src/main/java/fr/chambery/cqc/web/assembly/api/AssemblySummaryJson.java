package fr.chambery.cqc.web.assembly.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.Reference;

import java.net.URI;

/** An assembly in a listing. */
public record AssemblySummaryJson(String slug, String reference, String title, String subtitle,
                                  String shortDescription, AssemblyTypeJson type, String parent,
                                  boolean promoted, int weight, long subSpaceCount, URI page) {

    static AssemblySummaryJson of(Assembly a, String parentSlug, long subSpaceCount, URI page) {
        return new AssemblySummaryJson(a.slug(), a.reference().map(Reference::value).orElse(null), a.title(),
                a.texts().subtitle(), a.texts().shortDescription(), a.type().map(AssemblyTypeJson::of).orElse(null),
                parentSlug, a.isPromoted(), a.weight(), subSpaceCount, page);
    }
}
