package nl.kabiz.smr.competency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What makes a supervisor's assessment consistent: every judged code belongs to the profile, and a positive
 * overall judgement needs every requirement sufficient and the EPA counts confirmed.
 */
final class AssessmentPolicy {

    private AssessmentPolicy() {
    }

    /** The problems, in Dutch, for the supervisor; empty when the assessment can be recorded. */
    static List<String> problems(CompetencyProfile profile, Collection<String> sufficientCodes, boolean epaConfirmed,
            Judgement overall) {
        List<String> problems = new ArrayList<>();
        List<String> unknown = sufficientCodes.stream().filter(c -> !profile.codes().contains(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add("onbekende eisen voor profiel " + profile.label() + ": " + unknown);
        }
        if (overall == null) {
            problems.add("geef een eindoordeel (positief of negatief)");
        } else if (overall == Judgement.POSITIVE) {
            List<String> insufficient = profile.codes().stream().filter(c -> !sufficientCodes.contains(c)).toList();
            if (!insufficient.isEmpty()) {
                problems.add("een positief eindoordeel kan niet zolang deze eisen niet voldoende zijn: "
                        + String.join(", ", insufficient));
            }
            if (!epaConfirmed) {
                problems.add("een positief eindoordeel vraagt om bevestiging van de EPA-aantallen");
            }
        }
        return problems;
    }
}
