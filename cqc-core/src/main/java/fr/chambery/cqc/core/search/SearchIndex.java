package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.persistence.sessions.Session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table the site search reads ({@code search_entry}): rebuilt whole from the {@link SearchSource}s, read
 * with PostgreSQL's full-text search ({@code cqc_french}: unaccent then the French stemmer) in production,
 * on the embedded database with the rows of {@code search_stem} (the stems {@link FrenchWords} finds in each
 * entry, read through the index on the stem: {@link EntryStems}). Either way a search is two statements (the
 * counts by kind, the page), whatever the table holds; every value is a bound parameter.
 */
@ApplicationScoped
public class SearchIndex {

    /** Of a long document, the text searched and quoted: PostgreSQL's text vectors are bounded. */
    static final int MAX_TEXT = 500_000;

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    /**
     * Replaces the whole table by the sources' entries; joins the caller's transaction. Another instance's
     * rebuild in progress is waited for (a row lock), so that two never interleave.
     */
    public void rebuild(List<SearchSource> sources) {
        boolean postgres = isPostgres();
        em.createNativeQuery("SELECT name FROM sync_lock WHERE name = 'search-index' FOR UPDATE").getResultList();
        EntryStems stems = postgres ? null : new EntryStems(em);
        if (!postgres) {
            em.createNativeQuery("DELETE FROM search_stem").executeUpdate();
        }
        em.createNativeQuery("DELETE FROM search_entry").executeUpdate();
        long id = 0;
        for (SearchSource source : sources) {
            SearchKind kind = source.kind();
            for (SearchEntry entry : source.entries()) {
                insert(kind, entry, ++id, stems);
            }
        }
        if (!postgres) {
            stems.flush();
        }
    }

    /** One entry; on the embedded database ({@code stems} given), numbered and its stems written beside. */
    private void insert(SearchKind kind, SearchEntry entry, long id, EntryStems stems) {
        boolean postgres = stems == null;
        String text = entry.text().length() > MAX_TEXT ? entry.text().substring(0, MAX_TEXT) : entry.text();
        String columns = "kind, ref, kind_order, space_id, space_slug, space_title, title, path, happened_at, body";
        // the casts type the parameters that may be null (EclipseLink binds a null as text)
        String values = "?1, ?2, ?3, CAST(?4 AS BIGINT), CAST(?10 AS VARCHAR(80)), CAST(?5 AS VARCHAR(300)), ?6, ?7, CAST(?8 AS TIMESTAMP), ?9";
        Query insert = em.createNativeQuery(postgres
                ? "INSERT INTO search_entry (" + columns + ") VALUES (" + values + ")"
                : "INSERT INTO search_entry (" + columns + ", id) VALUES (" + values + ", ?11)");
        insert.setParameter(1, kind.key()).setParameter(2, entry.ref()).setParameter(3, kind.order())
                .setParameter(4, entry.space() == null ? null : entry.space().id())
                .setParameter(10, entry.space() == null ? null : entry.space().slug())
                .setParameter(5, entry.space() == null ? null : truncate(entry.space().title(), 300))
                .setParameter(6, truncate(entry.title(), 500)).setParameter(7, entry.path())
                .setParameter(8, entry.date() == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(entry.date(), ZoneOffset.UTC)))
                .setParameter(9, text);
        if (!postgres) {
            insert.setParameter(11, id);
        }
        insert.executeUpdate();
        if (!postgres) {
            stems.add(id, FrenchWords.stems(entry.title() + " " + text));
        }
    }

    /** The page of results and the counts by kind: two statements. */
    public SearchResults find(SearchQuery query, int page, int size) {
        boolean postgres = isPostgres();
        Statement countsStatement = counts(query, postgres);
        Query counts = em.createNativeQuery(countsStatement.sql());
        bind(counts, countsStatement.parameters());
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Object row : counts.getResultList()) {
            Object[] cells = (Object[]) row;
            byKind.put((String) cells[0], ((Number) cells[1]).longValue());
        }
        long total = query.kind().map(k -> byKind.getOrDefault(k, 0L))
                .orElseGet(() -> byKind.values().stream().mapToLong(Long::longValue).sum());
        List<SearchHit> hits = new ArrayList<>();
        int current = Math.max(1, page);
        if (total > 0 && (long) (current - 1) * size < total) {
            Statement pageStatement = page(query, postgres);
            Query rows = em.createNativeQuery(pageStatement.sql())
                    .setFirstResult((current - 1) * size).setMaxResults(size);
            bind(rows, pageStatement.parameters());
            for (Object row : rows.getResultList()) {
                hits.add(hit((Object[]) row, query));
            }
        }
        return new SearchResults(query, new ResultPage<>(hits, total, current, size), byKind);
    }

    /** A statement of the search, its parameters numbered from 1 in their order. */
    record Statement(String sql, List<Object> parameters) {
    }

    /** The first statement of a search: how many entries of each kind match. */
    static Statement counts(SearchQuery query, boolean postgres) {
        List<Object> parameters = new ArrayList<>();
        String where = matching(query, postgres, parameters);
        return new Statement("SELECT kind, COUNT(*) FROM search_entry WHERE " + where + " GROUP BY kind", parameters);
    }

    /** The second statement of a search: the matching entries in their order (paged by the caller). */
    static Statement page(SearchQuery query, boolean postgres) {
        List<Object> parameters = new ArrayList<>();
        String where = matching(query, postgres, parameters);
        String kindFilter = "";
        if (query.kind().isPresent()) {
            parameters.add(query.kind().get());
            kindFilter = " AND kind = ?" + parameters.size();
        }
        return new Statement("SELECT kind, ref, space_id, space_title, title, path, happened_at, body, space_slug "
                + "FROM search_entry WHERE " + where + kindFilter
                + " ORDER BY kind_order, kind, happened_at DESC NULLS LAST, title, ref", parameters);
    }

    /** The public pages the index knows, once each, without their fragment: the sitemap's addresses. */
    public List<String> paths(int max) {
        List<String> paths = new ArrayList<>();
        for (Object path : em.createNativeQuery("SELECT DISTINCT path, kind_order FROM search_entry ORDER BY kind_order, path")
                .setMaxResults(max).getResultList()) {
            String p = (String) ((Object[]) path)[0];
            String page = p.contains("#") ? p.substring(0, p.indexOf('#')) : p;
            if (!paths.contains(page)) {
                paths.add(page);
            }
        }
        return paths;
    }

    private static String matching(SearchQuery query, boolean postgres, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (postgres) {
            parameters.add(query.words());
            where.append("terms @@ plainto_tsquery('cqc_french', ?1)");
        } else {
            where.append(EntryStems.holdingAll(query.stems(), parameters));
        }
        query.spaceId().ifPresent(id -> {
            parameters.add(id);
            where.append(" AND space_id = ?").append(parameters.size());
        });
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static SearchHit hit(Object[] row, SearchQuery query) {
        Optional<Instant> date = Optional.ofNullable(row[6]).map(SearchIndex::instant);
        String body = row[7] == null ? "" : row[7].toString();
        return new SearchHit((String) row[0], (String) row[1], Optional.ofNullable(row[2]).map(v -> ((Number) v).longValue()),
                Optional.ofNullable((String) row[8]), Optional.ofNullable((String) row[3]), (String) row[4], (String) row[5], date,
                Snippet.of(body, query.stems()));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private boolean isPostgres() {
        return em.unwrap(Session.class).getPlatform().isPostgreSQL();
    }
}
