package fr.coopconnect.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a listing, with the total number of items across all pages. */
@Schema(description = "One page of results")
public record Page<T>(List<T> items, int page, int size, long total) {
}
