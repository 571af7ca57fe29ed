package nl.kabiz.smr.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes a supervisor's assessment consistent: every requirement of the profile is judged (one by one, or all
 * sufficient at once), every judged code belongs to the profile, and a positive overall judgement needs every
 * requirement sufficient and the EPA counts confirmed.
 */
final class AssessmentPolicy {

    /** Longest remark per requirement (the column's size). */
    static final int MAX_REMARK = 1000;

    private AssessmentPolicy() {
    }

    /** The problems, in Dutch, for the supervisor; empty when the assessment can be recorded. */
    static List<String> problems(CompetencyProfile profile, AssessmentInput input) {
        List<String> problems = new ArrayList<>();
        List<String> unknown = input.requirements().keySet().stream().filter(c -> !profile.codes().contains(c))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add("onbekende eisen voor profiel " + profile.label() + ": " + String.join(", ", unknown));
        }
        if (!input.allSufficient()) {
            List<String> unjudged = profile.codes().stream().filter(c -> !judged(input, c)).toList();
            if (!unjudged.isEmpty()) {
                problems.add("geef bij elke eis een oordeel, of vink 'Alle eisen voldoende' aan; nog zonder oordeel: "
                        + String.join(", ", unjudged));
            }
        }
        List<String> tooLong = input.requirements().entrySet().stream()
                .filter(e -> e.getValue().remark() != null && e.getValue().remark().length() > MAX_REMARK)
                .map(Map.Entry::getKey).sorted().toList();
        if (!tooLong.isEmpty()) {
            problems.add("een opmerking per eis is hoogstens " + MAX_REMARK + " tekens (te lang bij "
                    + String.join(", ", tooLong) + ")");
        }
        if (input.overall() == null) {
            problems.add("geef een eindoordeel (positief of negatief)");
        } else if (input.overall() == Judgement.POSITIVE) {
            // with the rule above, a positive judgement needs every requirement sufficient
            List<String> insufficient = profile.codes().stream()
                    .filter(c -> judged(input, c) && !sufficient(input, c)).toList();
            if (!insufficient.isEmpty()) {
                problems.add("een positief eindoordeel kan niet zolang deze eisen niet voldoende zijn: "
                        + String.join(", ", insufficient));
            }
            if (!input.epaConfirmed()) {
                problems.add("een positief eindoordeel vraagt om bevestiging van de EPA-aantallen");
            }
        }
        return problems;
    }

    /** Whether a requirement counts as sufficient in this assessment. */
    static boolean sufficient(AssessmentInput input, String code) {
        if (input.allSufficient()) {
            return true;
        }
        AssessmentInput.RequirementJudgement judgement = input.requirements().get(code);
        return judgement != null && Boolean.TRUE.equals(judgement.sufficient());
    }

    private static boolean judged(AssessmentInput input, String code) {
        if (input.allSufficient()) {
            return true;
        }
        AssessmentInput.RequirementJudgement judgement = input.requirements().get(code);
        return judgement != null && judgement.sufficient() != null;
    }
}
