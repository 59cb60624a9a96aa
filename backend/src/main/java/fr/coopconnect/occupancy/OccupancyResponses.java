package fr.coopconnect.occupancy;

import fr.coopconnect.common.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** The same report as JSON or as a spreadsheet CSV, by Accept header or by the {@code .csv} path. */
final class OccupancyResponses {

    static final String CSV = "text/csv;charset=UTF-8";
    static final MediaType CSV_TYPE = MediaType.valueOf("text/csv");

    private OccupancyResponses() {
    }

    /** CSV when the client asks for text/csv before (or instead of) JSON. */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals(CSV_TYPE.getType()) && type.getSubtype().equals(CSV_TYPE.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    static Response of(OccupancyDtos.Report report, boolean csv, HttpHeaders headers, String filePrefix) {
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String filename = filePrefix + "-" + report.from() + "-" + report.to() + ".csv";
        return Response.ok(OccupancyCsv.write(report, locale), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
