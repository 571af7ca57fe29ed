package nl.kabiz.smr.competency.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.competency.AssessmentInput.RequirementJudgement;
import nl.kabiz.smr.competency.AssessmentInput;
import nl.kabiz.smr.competency.CompetencyProfile;
import nl.kabiz.smr.competency.Judgement;

/**
 * The shared assessment form ({@code forms/assess-competencies.form}) as data: what the form shows per requirement,
 * and how its submitted values read as an {@link AssessmentInput}. Values are plain Java (lists and maps for JSON).
 */
final class AssessmentForm {

    static final String SUFFICIENT = "SUFFICIENT";
    static final String INSUFFICIENT = "INSUFFICIENT";

    private AssessmentForm() {
    }

    /** One row per requirement, in profile order: code, role, title, full text, and an empty judgement and remark. */
    static List<Map<String, Object>> rows(CompetencyProfile profile) {
        return profile.roles().stream().flatMap(role -> role.requirements().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("roleNumber", role.number());
            row.put("roleTitle", role.title());
            row.put("title", r.title());
            row.put("text", r.text());
            row.put("judgement", "");
            row.put("remark", "");
            return row;
        })).toList();
    }

    /**
     * Reads the form's values (a row's code, when the row does not carry it, is the profile's code at its position). {@code sufficientRequirements} (a list of codes, as API callers and older tests
     * send it) is read too: the listed codes sufficient, every other one insufficient.
     */
    static AssessmentInput read(Map<String, Object> values, Collection<String> profileCodes) {
        Map<String, RequirementJudgement> requirements = new LinkedHashMap<>();
        Object legacy = values.get(AssessmentProcess.SUFFICIENT_REQUIREMENTS);
        if (legacy instanceof Collection<?> codes) {
            List<String> sufficient = codes.stream().map(Object::toString).toList();
            for (String code : profileCodes) {
                requirements.put(code, new RequirementJudgement(sufficient.contains(code), null));
            }
            sufficient.stream().filter(c -> !profileCodes.contains(c))
                    .forEach(c -> requirements.put(c, new RequirementJudgement(true, null)));
        } else if (values.get(AssessmentProcess.REQUIREMENT_JUDGEMENTS) instanceof Collection<?> rows) {
            // Tasklist submits only a row's form fields (judgement, remark), not the code it was prepared with;
            // the rows keep the profile's order (rows(profile)), so a row without its code is the requirement at
            // its position
            List<String> codes = List.copyOf(profileCodes);
            int index = 0;
            for (Object row : rows) {
                if (row instanceof Map<?, ?> map) {
                    Object code = map.get("code") != null ? map.get("code")
                            : index < codes.size() ? codes.get(index) : null;
                    if (code != null) {
                        requirements.put(code.toString(),
                                new RequirementJudgement(judgement(map.get("judgement")), text(map.get("remark"))));
                    }
                }
                index++;
            }
        }
        Object overall = values.get(AssessmentProcess.SUPERVISOR_JUDGEMENT);
        Judgement judgement = null;
        if (overall != null && !overall.toString().isBlank()) {
            try {
                judgement = Judgement.valueOf(overall.toString());
            } catch (IllegalArgumentException e) {
                judgement = null;
            }
        }
        return new AssessmentInput(Boolean.TRUE.equals(values.get(AssessmentProcess.ALL_REQUIREMENTS_SUFFICIENT)),
                requirements, Boolean.TRUE.equals(values.get(AssessmentProcess.EPA_CONFIRMED)), judgement,
                text(values.get(AssessmentProcess.ASSESSMENT_REMARKS)));
    }

    private static Boolean judgement(Object value) {
        if (SUFFICIENT.equals(value)) {
            return true;
        }
        return INSUFFICIENT.equals(value) ? false : null;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
