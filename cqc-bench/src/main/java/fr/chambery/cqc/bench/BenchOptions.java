package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSize;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@code ./cqc bench} was asked: {@code [x1|x100] [--database h2|postgresql] [--connections N]
 * [--seconds N] [--rna-rows N] [--url http://host:port/] [--instances 1|2]}. Anything else is refused with a
 * message. {@code --instances 2} measures the cluster profile (the demo on PostgreSQL, nginx in front of one then
 * two instances): it goes with neither H2, nor x100, nor {@code --url}.
 */
public record BenchOptions(DatasetSize size, String database, int connections, Duration duration, int rnaRows, Optional<URI> url,
                           int instances) {

    public static final String USAGE = "usage: ./cqc bench [x1|x100] [--database h2|postgresql] [--connections 32] [--seconds 5] "
            + "[--rna-rows 500000] [--url http://localhost:8080/] [--instances 2]";

    public static BenchOptions parse(String... args) {
        DatasetSize size = DatasetSize.X1;
        String database = "h2";
        int connections = 32;
        int seconds = 5;
        int rnaRows = 500_000;
        Optional<URI> url = Optional.empty();
        int instances = 1;
        boolean h2Asked = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--database" -> {
                    database = value(args, ++i, arg);
                    if (!database.equals("h2") && !database.equals("postgresql")) {
                        throw new BenchUsageException("Unknown database « " + database + " »: h2 or postgresql.\n" + USAGE);
                    }
                    h2Asked = database.equals("h2");
                }
                case "--instances" -> {
                    instances = positive(value(args, ++i, arg), arg);
                    if (instances != 1 && instances != 2) {
                        throw new BenchUsageException("--instances takes 1 or 2 (two instances behind nginx), not « " + instances + " ».");
                    }
                }
                case "--connections" -> connections = positive(value(args, ++i, arg), arg);
                case "--seconds" -> seconds = positive(value(args, ++i, arg), arg);
                case "--rna-rows" -> rnaRows = positive(value(args, ++i, arg), arg);
                case "--url" -> url = Optional.of(address(value(args, ++i, arg)));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new BenchUsageException("Unknown option « " + arg + " ».\n" + USAGE);
                    }
                    size = DatasetSize.parse(arg);
                }
            }
        }
        if (instances > 1) {
            if (h2Asked) {
                throw new BenchUsageException("--instances 2 runs on PostgreSQL (the instances share one database), not H2.");
            }
            if (size != DatasetSize.X1) {
                throw new BenchUsageException("--instances 2 measures the demo (x1), not " + size.label() + ".");
            }
            if (url.isPresent()) {
                throw new BenchUsageException("--instances 2 starts its own cluster: leave --url out.");
            }
            database = "postgresql";
        }
        return new BenchOptions(size, database, connections, Duration.ofSeconds(seconds), rnaRows, url, instances);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new BenchUsageException(option + " needs a value.\n" + USAGE);
        }
        return args[i];
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BenchUsageException(option + " takes a whole number, not « " + value + " ».");
    }

    private static URI address(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value : value + "/");
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new BenchUsageException("--url takes the server's address, like http://localhost:8080/, not « " + value + " ».");
    }
}
