package fr.chambery.cqc.core.document;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as French readers write them: « 850 octets », « 1,8 ko », « 12 ko », « 1,4 Mo ». */
public final class Sizes {

    private Sizes() {
    }

    public static String french(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes > 1 ? " octets" : " octet");
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        if (bytes < 10 * 1024) {
            return format.format(bytes / 1024.0) + " ko";
        }
        if (bytes < 1024 * 1024) {
            return format.format(Math.round(bytes / 1024.0)) + " ko";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " Mo";
    }
}
