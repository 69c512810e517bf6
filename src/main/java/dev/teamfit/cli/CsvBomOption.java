package dev.teamfit.cli;

import dev.teamfit.report.Format;
import picocli.CommandLine.Option;

/** {@code --csv-bom}: CSV that Excel opens as UTF-8, for the commands that write CSV. */
final class CsvBomOption {

    /** U+FEFF encoded in UTF-8 is the byte order mark EF BB BF. */
    private static final String BOM = "\uFEFF";

    @Option(names = "--csv-bom", description = "Start CSV output with a UTF-8 byte order mark (BOM), so that Excel "
            + "reads accents and symbols as UTF-8.")
    boolean bom;

    /** What to write before the document: the mark when asked for; asking for it with another format is an error. */
    String preamble(Format chosen) {
        if (!bom) {
            return "";
        }
        if (chosen != Format.CSV) {
            throw TeamfitException.invalid("--csv-bom is for CSV, and the format is " + chosen.id()
                    + ". Add --format csv, or leave --csv-bom out.");
        }
        return BOM;
    }
}
