package fr.chambery.cqc.web.api;

import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list, as every list of the API answers it: the {@code items}, the page's number and
 * size, how many match in all ({@code total}) and in how many pages; with the same total in the
 * {@code X-Total-Count} header and the neighbouring pages in {@code Link} ({@code rel="next"},
 * {@code rel="prev"}). A list that says more about itself (a quartier's themes, a space's collections)
 * answers a record of its own with these five fields beside its own.
 */
@Schema(name = "Page", description = "Une page d'une liste : items, page, size, total, pages ; "
        + "le total aussi dans l'en-tête X-Total-Count, les pages voisines dans l'en-tête Link")
public record PageJson<T>(List<T> items, int page, int size, long total, int pages) {

    public static <T> PageJson<T> of(ResultPage<?> found, List<T> items) {
        return new PageJson<>(items, found.page(), found.size(), found.total(), found.pages());
    }

    /** The answer for a page of a list: {@code body} with the paging headers of {@code found}. */
    public static Response response(UriInfo uri, ResultPage<?> found, Object body) {
        Response.ResponseBuilder answer = Response.ok(body).header("X-Total-Count", found.total());
        if (found.hasNext()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", found.page() + 1).build(), "next");
        }
        if (found.hasPrevious()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", found.page() - 1).build(), "prev");
        }
        return answer.build();
    }
}
