package fr.chambery.cqc.web.assembly.api;

import fr.chambery.cqc.core.assembly.AssemblyType;

public record AssemblyTypeJson(String key, String title) {

    static AssemblyTypeJson of(AssemblyType type) {
        return new AssemblyTypeJson(type.key(), type.title());
    }
}
