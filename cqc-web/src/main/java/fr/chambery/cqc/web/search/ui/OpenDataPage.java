package fr.chambery.cqc.web.search.ui;

import fr.chambery.cqc.core.opendata.OpenDataArchive;
import fr.chambery.cqc.core.opendata.OpenDataSet;
import fr.chambery.cqc.core.document.Sizes;
import fr.chambery.cqc.web.ui.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** {@code /open-data}: what the archive holds (each file and its columns), its licence, when it was built. */
@Named
@RequestScoped
public class OpenDataPage {

    @Inject
    OpenDataArchive archive;

    @Inject
    Language language;

    public List<OpenDataSet> getSets() {
        return archive.sets();
    }

    public boolean isReady() {
        return archive.current().isPresent();
    }

    public String getBuiltAt() {
        return archive.current().map(b -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.getLocale()).format(b.builtAt().atZone(ZoneId.of("Europe/Paris")))).orElse("");
    }

    public String getSize() {
        return archive.current().map(b -> Sizes.french(b.bytes().length)).orElse("");
    }

    public String getFileName() {
        return OpenDataArchive.FILE_NAME;
    }

    public String getLicenceUrl() {
        return OpenDataArchive.licenceUrl();
    }
}
