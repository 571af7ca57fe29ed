package nl.kabiz.smr.competency.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.competency.Assessment;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.competency.CompetencyProfile;
import nl.kabiz.smr.competency.Judgement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Records the supervisor's assessment right after the task, in the supervisor's transaction, and puts what the
 * commission reads on the case: the judgement per requirement with remarks, in Dutch. Tasklist refuses an
 * inconsistent assessment before this ({@link AssessmentFormCheck}); a caller that bypasses the form gets 400 here.
 */
@Component("recordAssessmentDelegate")
public class RecordAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;
    private final ObjectMapper objectMapper;

    RecordAssessmentDelegate(AssessmentService assessments, ObjectMapper objectMapper) {
        this.assessments = assessments;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String module = (String) execution.getVariable(AssessmentProcess.PROFILE_MODULE);
        String version = (String) execution.getVariable(AssessmentProcess.PROFILE_VERSION);
        CompetencyProfile profile = assessments.profile(module, version);
        // an inconsistent assessment is a RuleViolation: Tasklist shows it (TaskFormGuard), nothing is written
        Assessment assessment = assessments.record(execution.getProcessBusinessKey(), module, version,
                (String) execution.getVariable(AssessmentProcess.SUPERVISOR_USER_ID),
                AssessmentForm.read(values(execution), profile.codes()));
        execution.setVariable(AssessmentProcess.ASSESSMENT_ID, assessment.id());
        execution.setVariable(AssessmentProcess.ALL_REQUIREMENTS_SUFFICIENT, assessment.allSufficient());
        execution.setVariable(AssessmentProcess.SUPERVISOR_JUDGEMENT_LABEL, label(assessment.overallJudgement()));
        execution.setVariable(AssessmentProcess.ASSESSMENT_OVERVIEW, overview(profile, assessment));
        execution.setVariable(AssessmentProcess.ASSESSMENT_ROWS,
                SpinValues.jsonValue(objectMapper.writeValueAsString(rows(profile, assessment))).create());
    }

    private Map<String, Object> values(DelegateExecution execution) throws Exception {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, Object> variable : execution.getVariables().entrySet()) {
            Object value = variable.getValue();
            values.put(variable.getKey(), value instanceof SpinJsonNode json
                    ? objectMapper.readValue(json.toString(), Object.class) : value);
        }
        return values;
    }

    static String label(Judgement judgement) {
        return judgement == Judgement.POSITIVE ? "positief" : "negatief";
    }

    /** One line for the commission: overall judgement, EPA confirmation, how many requirements fell short. */
    static String overview(CompetencyProfile profile, Assessment assessment) {
        long insufficient = assessment.judgements().values().stream().filter(s -> !s).count();
        return "Eindoordeel van de supervisor: " + label(assessment.overallJudgement()) + ". EPA-aantallen bevestigd: "
                + (assessment.epaConfirmed() ? "ja" : "nee") + ". " + (insufficient == 0
                ? "Alle eisen van " + profile.label() + " voldoende."
                : insufficient + " van de " + assessment.judgements().size() + " eisen van " + profile.label()
                        + " onvoldoende.");
    }

    /** Every requirement as the commission reads it: code, title, "voldoende"/"onvoldoende", the remark. */
    static List<Map<String, String>> rows(CompetencyProfile profile, Assessment assessment) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CompetencyProfile.Requirement requirement : profile.requirements()) {
            boolean sufficient = Boolean.TRUE.equals(assessment.judgements().get(requirement.code()));
            String remark = assessment.requirementRemarks().get(requirement.code());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", requirement.code());
            row.put("title", cell(requirement.title()));
            row.put("judgementLabel", sufficient ? "voldoende" : "onvoldoende");
            row.put("remark", remark == null ? "" : cell(remark));
            rows.add(row);
        }
        return rows;
    }

    private static String cell(String text) {
        return text.replace("|", "/").replaceAll("\\s+", " ").strip();
    }
}
