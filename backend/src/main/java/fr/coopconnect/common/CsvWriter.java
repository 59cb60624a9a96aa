package fr.coopconnect.common;

import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV text, CRLF line ends, cells quoted when they hold the separator, a quote or a line break. Two dialects:
 * {@link #spreadsheet()} for files people open in a spreadsheet (French conventions: UTF-8 with a BOM so the accents
 * read right, ';' separated, formulas defused) and {@link #plain()} for machine-read open data (RFC 4180 as is).
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();
    private final char separator;
    private final boolean defuseFormulas;

    private CsvWriter(String preamble, char separator, boolean defuseFormulas) {
        out.append(preamble);
        this.separator = separator;
        this.defuseFormulas = defuseFormulas;
    }

    public static CsvWriter spreadsheet() {
        return new CsvWriter("\uFEFF", ';', true);
    }

    public static CsvWriter plain() {
        return new CsvWriter("", ',', false);
    }

    public CsvWriter row(String... cells) {
        return row(Arrays.asList(cells));
    }

    /** Null cells are written empty. */
    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Quoted when needed; in a spreadsheet a leading = + - @ is defused so that it never runs as a formula. */
    String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (defuseFormulas && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
