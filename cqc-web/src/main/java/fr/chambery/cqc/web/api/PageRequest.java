package fr.chambery.cqc.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The paging of every list of the API: {@code page} from 1 to {@value #LAST_PAGE} (1 when absent),
 * {@code size} from 1 to {@value #MAX_SIZE} ({@value #DEFAULT_SIZE} when absent). Anything else,
 * a number or not, is a 400 problem saying so in French. Lists are bounded: beyond that page, a
 * program filters rather than walks.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * @GET
 * public Response list(@BeanParam PageRequest paging) {
 *     ResultPage<Thing> found = catalog.search(paging.page(), paging.size());
 *     return PageJson.response(uri, found, PageJson.of(found, found.items().stream().map(ThingJson::of).toList()));
 * }
 * }</pre>
 * The two parameters are described once, in the OpenAPI document's components ({@link CqcApi}); each list
 * refers to them with {@code @Parameter(ref = "page")} and {@code @Parameter(ref = "size")}.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;
    public static final int LAST_PAGE = 1_000;

    static final String RULE = "page doit être un nombre entier de 1 à " + LAST_PAGE + " (1 par défaut), size de 1 à "
            + MAX_SIZE + " (" + DEFAULT_SIZE + " par défaut).";

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    public int page() {
        return number("page", page, 1, LAST_PAGE, 1);
    }

    public int size() {
        return number("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
    }

    private static int number(String name, String value, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // said below, as an out-of-range value is
        }
        throw new BadRequestException(ProblemJson.response(Response.Status.BAD_REQUEST, "Pagination invalide",
                "Paramètre " + name + " : " + RULE));
    }
}
