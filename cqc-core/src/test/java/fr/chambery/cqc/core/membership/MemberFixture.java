package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.mail.Mail;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members' beans over one of the two databases, outside the server: councils and sign-ups made
 * directly, a clock the test moves, and the e-mails kept in a list.
 */
final class MemberFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Pattern TOKEN = Pattern.compile("/membership/(link|manage)\\?token=([A-Za-z0-9_-]+)");

    final EntityManagerFactory emf;
    final List<Mail> mails = new ArrayList<>();
    Instant now = T0;
    final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    final Members members = new Members();
    final MemberSignIn signIn = new MemberSignIn();
    private final List<Object> beans = new ArrayList<>(List.of(members, signIn));

    MemberFixture(DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        emf = BothDatabases.unit(dataSource);
        signIn.members = members;
        signIn.postman = mails::add;
        signIn.clock = clock;
        signIn.linkLifetime = Duration.ofMinutes(15);
        signIn.idle = Duration.ofDays(10);
    }

    /** Beans whose {@code em} field each transaction sets. */
    void uses(Object... more) {
        beans.addAll(List.of(more));
    }

    <T> T tx(Function<EntityManager, T> work) {
        return BothDatabases.inTransaction(emf, em -> {
            for (Object bean : beans) {
                setField(bean, "em", em);
            }
            return work.apply(em);
        });
    }

    static void setField(Object bean, String name, Object value) {
        try {
            var field = bean.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    long council(String slug) {
        return tx(em -> {
            Assembly council = new Assembly(slug, "CQC " + slug, AssemblyTexts.builder().subtitle("s").build(), T0);
            em.persist(council);
            em.flush();
            return council.id();
        });
    }

    /** A sign-up, confirmed or pending. */
    long member(long council, String email, String name, boolean confirmed) {
        return tx(em -> {
            Membership m = new Membership(council, email, T0);
            m.fill(new SignUp("x", name, email, null, LienAuQuartier.HABITANT, List.of(), true), Set.of(), T0);
            if (confirmed) {
                m.confirm(T0);
            }
            em.persist(m);
            em.flush();
            return m.id();
        });
    }

    /** The secret of the last e-mail's link of that kind ({@code link}, {@code manage}). */
    String lastSecret(String kind) {
        Matcher m = TOKEN.matcher(mails.getLast().text());
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                return m.group(2);
            }
        }
        throw new AssertionError("No " + kind + " link in " + mails.getLast());
    }

    long count(String jpql) {
        return tx(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        emf.close();
    }
}
