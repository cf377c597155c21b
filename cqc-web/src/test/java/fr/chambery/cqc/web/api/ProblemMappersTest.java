package fr.chambery.cqc.web.api;

import fr.chambery.cqc.core.refusal.DomainRefusal;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the refusals the API expects become a 400: an {@link IllegalArgumentException} from anywhere else is
 * a fault, answered by the catch-all 500 without its message.
 */
class ProblemMappersTest {

    @Test
    void noMapperTurnsEveryIllegalArgumentIntoA400OnlyTheExpectedRefusalsAreMapped() {
        List<Class<?>> mapped = Arrays.stream(ProblemMappers.class.getDeclaredClasses())
                .flatMap(c -> Arrays.stream(c.getGenericInterfaces()))
                .filter(t -> t instanceof ParameterizedType p && p.getRawType() == ExceptionMapper.class)
                .<Class<?>>map(t -> (Class<?>) ((ParameterizedType) t).getActualTypeArguments()[0])
                .toList();
        assertThat(mapped).doesNotContain(IllegalArgumentException.class, RuntimeException.class, Exception.class)
                .contains(DomainRefusal.class, Throwable.class);
        assertThat(DomainRefusal.class).as("a resource's own refusal is a DomainRefusal, answered by the same mapper")
                .isAssignableFrom(InvalidRequestException.class);
    }
}
