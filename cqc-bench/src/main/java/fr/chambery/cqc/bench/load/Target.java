package fr.chambery.cqc.bench.load;

/** A page or API call the kit measures: its address relative to the site, what it accepts, whether signed in. */
public record Target(String path, String accept, boolean signedIn) {

    public static Target page(String path) {
        return new Target(path, "text/html", false);
    }

    public static Target api(String path) {
        return new Target(path, "application/json", false);
    }

    public static Target backOffice(String path) {
        return new Target(path, "text/html", true);
    }

    public String label() {
        return path + (signedIn ? " (signed in)" : "");
    }
}
