package fr.chambery.cqc.core.opendata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The {@code datapackage.json} of the archive (Frictionless Data Package v1) and its licence's text. */
final class DataPackage {

    static final String LICENCE_NAME = "etalab-2.0";
    static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final String LICENCE_TEXT = """
            LICENCE OUVERTE / OPEN LICENCE — Version 2.0 (Etalab, avril 2017)

            Les données de cette archive sont publiées par la Ville de Chambéry sous la Licence Ouverte 2.0.
            Vous êtes libre de les réutiliser (reproduire, copier, publier, transmettre, adapter, modifier,
            extraire, exploiter à titre commercial ou non), sous réserve de mentionner leur source
            (« Ville de Chambéry — Conseils de quartier citoyens ») et la date de leur dernière mise à jour.

            Texte intégral : https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf
            Présentation : https://www.etalab.gouv.fr/licence-ouverte-open-licence/
            Identifiant SPDX : etalab-2.0
            """;

    private DataPackage() {
    }

    static void write(OutputStream out, List<OpenDataSet> sets, boolean absoluteLinks) {
        JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }, StandardCharsets.UTF_8);
        json.writeStartObject()
                .write("profile", "tabular-data-package")
                .write("name", "cqc-chambery")
                .write("title", "Conseils de quartier citoyens de Chambéry : données ouvertes")
                .write("description", "Les espaces de participation, leurs rencontres, leurs documents et les associations "
                        + "des quartiers, tels que le public les voit sur la plateforme. Aucune donnée personnelle.");
        json.writeStartArray("licenses").writeStartObject()
                .write("name", LICENCE_NAME).write("title", "Licence Ouverte / Open Licence 2.0").write("path", LICENCE_URL)
                .writeEnd().writeEnd();
        json.writeStartArray("resources");
        for (OpenDataSet set : sets) {
            for (String format : List.of("csv", "json")) {
                json.writeStartObject()
                        .write("name", set.name() + "-" + format)
                        .write("path", set.name() + "." + format)
                        .write("title", set.title())
                        .write("description", set.description())
                        .write("format", format)
                        .write("mediatype", format.equals("csv") ? "text/csv" : "application/json")
                        .write("encoding", "utf-8");
                if (format.equals("csv")) {
                    json.write("profile", "tabular-data-resource");
                    json.writeStartObject("dialect").write("delimiter", ",").write("quoteChar", "\"")
                            .write("lineTerminator", "\r\n").write("header", true).writeEnd();
                }
                json.writeStartObject("schema").writeStartArray("fields");
                for (OpenDataField field : set.fields()) {
                    json.writeStartObject().write("name", field.name()).write("type", field.type().tableSchema())
                            .write("description", field.description());
                    if (field.type().format() != null && absoluteLinks) {
                        json.write("format", field.type().format());
                    }
                    json.writeEnd();
                }
                json.writeEnd().writeEnd().writeEnd();
            }
        }
        json.writeEnd().writeEnd();
        json.close();
    }
}
