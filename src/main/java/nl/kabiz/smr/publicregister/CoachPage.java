package nl.kabiz.smr.publicregister;

import java.util.List;

/** One page of search results, sorted by name. {@code page} is 1-based. */
public record CoachPage(int page, int size, long totalElements, int totalPages, List<PublicCoach> coaches) {
}
