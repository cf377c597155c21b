package fr.chambery.cqc.core.search;

import java.time.Instant;
import java.util.Optional;

/** One result: what it is, where it belongs, its date and the passage quoting the words found. */
public record SearchHit(String kind, String ref, Optional<Long> spaceId, Optional<String> spaceSlug, Optional<String> spaceTitle, String title,
                        String path, Optional<Instant> date, Snippet snippet) {
}
