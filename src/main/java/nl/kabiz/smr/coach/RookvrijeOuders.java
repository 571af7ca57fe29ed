package nl.kabiz.smr.coach;

import java.time.LocalDate;

/**
 * A coach's participation in Rookvrije Ouders (the referral network of the birth-care chain): only holders of
 * EXTRA-Zwanger may take part, and it ends when their EXTRA-Zwanger or BASIS registration ends.
 *
 * @param since the first day
 * @param until the last day (null: still taking part)
 * @param endReason why it ended (the coach's own choice, or the module or registration it rests on ended)
 */
public record RookvrijeOuders(LocalDate since, LocalDate until, String endReason) {

    public boolean current() {
        return until == null;
    }
}
